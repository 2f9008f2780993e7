/** The output flags `build` and `laporan` share, read into build options the same way for both. */
import type { BuildOptions } from '../../actions/build-types.js';

export interface OutputFlags {
  output?: string;
  outDir?: string;
  template?: string;
  pdf?: boolean;
}

/** The flags that were given; one that was not stays out, so the action's default applies. */
export function outputOptions(flags: OutputFlags): Pick<BuildOptions, 'output' | 'outDir' | 'template' | 'pdf'> {
  return {
    ...(flags.output ? { output: flags.output } : {}),
    ...(flags.outDir ? { outDir: flags.outDir } : {}),
    ...(flags.template ? { template: flags.template } : {}),
    ...(flags.pdf ? { pdf: true } : {}),
  };
}
