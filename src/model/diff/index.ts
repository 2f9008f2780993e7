export { diffProjects, type Change, type ChangeGroup, type ChangeKind, type ProjectDiff, type SubjectKind } from './diff-projects.js';
export { formatNilai, formatRupiah, quote } from './format-value.js';
