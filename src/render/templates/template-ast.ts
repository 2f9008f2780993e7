/**
 * One template's parsed Handlebars AST, with lookups: what sits at a given line and column, which
 * partials and helpers it calls. Used to check templates before rendering and to name the
 * expression behind a runtime error (Handlebars reports only "b" for `{{a.b}}`).
 */

interface Position {
  line: number;
  column: number;
}

export interface AstNode {
  type: string;
  loc?: { start: Position; end: Position } | null;
}

export interface PathNode extends AstNode {
  type: 'PathExpression';
  original: string;
  parts: string[];
  depth: number;
  data: boolean;
}

/** A mustache, block or sub-expression: something that may call a helper. */
export interface CallNode extends AstNode {
  path: AstNode;
  params: AstNode[];
  hash?: { pairs: { key: string; value: AstNode }[] } | null;
}

export interface NamedUse {
  name: string;
  line: number;
  column: number;
}

/** A property name a template reads: a segment of a path, or a literal key given to `lookup`. */
export interface PropertyUse extends NamedUse {
  /** The expression as written, for the message: `this.constructor`, `lookup … "__proto__"`. */
  expression: string;
}

const CALL_TYPES = new Set(['MustacheStatement', 'BlockStatement', 'SubExpression']);
const PARTIAL_TYPES = new Set(['PartialStatement', 'PartialBlockStatement']);
const CHILD_KEYS = ['body', 'program', 'inverse', 'path', 'params', 'hash', 'pairs', 'value', 'name'] as const;

export class TemplateAst {
  /** `{{> name}}` uses with a static name. */
  readonly partials: NamedUse[] = [];
  /** Calls with arguments to a plain name: these can only be helpers. */
  readonly helperCalls: NamedUse[] = [];
  /** Every property name read by a path segment or by `lookup` with a literal key. */
  readonly propertyUses: PropertyUse[] = [];
  private readonly paths = new Map<string, PathNode>();
  private readonly calls = new Map<string, CallNode>();
  private readonly callees = new Map<string, CallNode>();

  constructor(ast: AstNode) {
    this.walk(ast);
  }

  /** The path expression starting at a (1-based line, 0-based column) position. */
  pathAt(line: number, column: number): PathNode | undefined {
    return this.paths.get(key(line, column));
  }

  /** The mustache, block or sub-expression starting at a position. */
  callAt(line: number, column: number): CallNode | undefined {
    return this.calls.get(key(line, column));
  }

  /** The call whose callee path starts at a position, when it passes arguments. */
  helperCallAt(line: number, column: number): CallNode | undefined {
    return this.callees.get(key(line, column));
  }

  /** Paths with `segment` after their first part, for errors that name only a segment. */
  pathsEndingIn(segment: string): PathNode[] {
    return [...this.paths.values()].filter((path) => path.parts.indexOf(segment) > 0);
  }

  private walk(node: unknown): void {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) this.walk(child);
      return;
    }
    const ast = node as AstNode & Record<string, unknown>;
    if (typeof ast.type === 'string' && ast.loc) this.record(ast);
    for (const childKey of CHILD_KEYS) {
      const child = ast[childKey];
      if (child !== null && typeof child === 'object') this.walk(child);
    }
  }

  private record(node: AstNode): void {
    const start = node.loc!.start;
    if (node.type === 'PathExpression') {
      const path = node as PathNode;
      this.paths.set(key(start.line, start.column), path);
      for (const part of path.parts) this.propertyUses.push({ name: part, expression: path.original, line: start.line, column: start.column });
    } else if (CALL_TYPES.has(node.type)) {
      const call = node as CallNode;
      this.calls.set(key(start.line, start.column), call);
      this.recordLookupKey(call);
      const hasArguments = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0;
      const callee = call.path as PathNode;
      if (hasArguments && callee.type === 'PathExpression' && callee.loc) {
        this.callees.set(key(callee.loc.start.line, callee.loc.start.column), call);
        // Only a bare name can be a helper; `this.f 1` and `./f 1` call a function in the data.
        if (callee.depth === 0 && !callee.data && callee.parts.length === 1 && callee.original === callee.parts[0]) {
          this.helperCalls.push({ name: callee.original, line: callee.loc.start.line, column: callee.loc.start.column });
        }
      }
    } else if (PARTIAL_TYPES.has(node.type)) {
      const name = (node as AstNode & { name: AstNode & { original?: unknown; value?: unknown } }).name;
      const value = name.type === 'PathExpression' ? name.original : name.type === 'StringLiteral' ? name.value : undefined;
      if (typeof value === 'string') this.partials.push({ name: value, line: start.line, column: start.column });
    }
  }

  /** `(lookup obj "name")`: the literal key is read like a path segment. */
  private recordLookupKey(call: CallNode): void {
    const callee = call.path as PathNode;
    const literal = call.params[1] as (AstNode & { value?: unknown }) | undefined;
    if (callee.type !== 'PathExpression' || callee.original !== 'lookup' || literal?.type !== 'StringLiteral') return;
    if (typeof literal.value !== 'string' || !literal.loc) return;
    const { line, column } = literal.loc.start;
    this.propertyUses.push({ name: literal.value, expression: `lookup … "${literal.value}"`, line, column });
  }
}

function key(line: number, column: number): string {
  return `${line}:${column}`;
}
