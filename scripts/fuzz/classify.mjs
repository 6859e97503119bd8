// What a mutant's pair of results means. Classes:
//   identical    stackheap does what rustc's binary does, or rejects it with rustc's first error
//   refused      stackheap refused it as unsupported (before running, or while running, having
//                printed a prefix of the binary's output)
//   wrong-output both run, and stdout, stderr or the exit code differ
//   false-reject stackheap rejects with an error rustc does not give (or rustc accepts)
//   wrong-error  both reject, stackheap with one of rustc's errors but not its first (code, line)
//   syntax-differs both reject the syntax, stackheap with another parse error (words or line)
//                than rustc's first: stackheap's syntax errors are its own (exit 2, like a refusal)
//   false-accept stackheap runs a program rustc rejects
//   crash        a JavaScript exception, a timeout or heap exhaustion
//   limit        stackheap's step or depth budget ended the run (nothing to compare)
//   nondeterministic  two runs of rustc's binary differ (a HashMap's order, an address): no oracle
//   unverified   no verdict from rustc (not installed, its binary did not finish, or an
//                allocation failed under the fuzzer's memory cap on the binary)
export const CLASSES = ['crash', 'false-accept', 'wrong-output', 'false-reject', 'wrong-error', 'syntax-differs', 'refused', 'limit', 'nondeterministic', 'unverified', 'identical'];

/** Whether the class needs rustc's verdict, given what stackheap did. */
export function needsRustc(sh) {
  return sh.status === 'ran' || (sh.status === 'diagnostic' && sh.kind !== 'unsupported');
}

export function classify(sh, rc) {
  if (sh.status !== 'ran' && sh.status !== 'diagnostic') return 'crash';
  if (sh.status === 'diagnostic' && sh.kind === 'unsupported') return 'refused';
  if (!rc || rc.timedOut) return 'unverified';
  if (sh.status === 'ran') {
    if (!rc.compiled) return 'false-accept';
    if (sh.outcome === 'limit') return 'limit';
    if (rc.memoryCapped) return 'unverified';
    if (rc.nondeterministic) return 'nondeterministic';
    if (sh.outcome === 'unsupported') return rc.stdout.startsWith(sh.stdout) ? 'refused' : 'wrong-output';
    return sh.stdout === rc.stdout && sh.stderr === rc.stderr && sh.exitCode === rc.exitCode ? 'identical' : 'wrong-output';
  }
  if (rc.compiled) return 'false-reject';
  const first = rc.errors[0];
  const sameLine = first?.line === null || first?.line === sh.line;
  if (first && sameError(first, sh) && sameLine && (first.code !== null || first.headline === sh.headline)) return 'identical';
  if (!rc.errors.some((e) => sameError(e, sh))) return 'false-reject';
  return sh.kind === 'syntax' && first?.code === null ? 'syntax-differs' : 'wrong-error';
}

/** Whether one of rustc's errors is the kind of error stackheap reports: the same code; for a
 *  lint (no code) the same headline; a syntax error is any parse error of rustc's (no code). */
function sameError(rustcError, sh) {
  const code = sh.code ?? null;
  return rustcError.code === code && (code !== null || sh.kind === 'syntax' || rustcError.headline === sh.headline);
}

/** A headline with the specifics taken out, so that one cause groups its mutants together. */
export function generalise(text) {
  return String(text)
    .replace(/`[^`]*`/g, '`…`')
    .replace(/\d+/g, 'N')
    .slice(0, 140);
}

function firstDifference(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, k) => line !== y[k]);
  return i < 0 ? (y.length > x.length ? y[x.length] : '') : x[i];
}

/** The cause a class's mutants are grouped by: two mutants with one signature are one finding. */
export function signature(cls, sh, rc) {
  switch (cls) {
    case 'crash':
      return sh.status === 'exception' ? `${generalise(sh.message)} ${sh.at.replace(/:\d+:\d+\)?$/, '').replace(/^at /, '').replace(/\(?file:\/\/\S*?\/dist\//, 'dist/')}` : sh.status;
    case 'refused':
      return generalise(sh.headline);
    case 'syntax-differs':
      return `${generalise(sh.headline)} / rustc ${generalise(rc.errors[0].headline)}`;
    case 'false-accept':
      return `rustc ${rc.errors[0]?.code ?? 'error'}: ${generalise(rc.errors[0]?.headline ?? '')}${sh.outcome === 'unsupported' ? ' (refused while running)' : ''}`;
    case 'false-reject':
      return `stackheap ${sh.code ?? sh.kind}: ${generalise(sh.headline)} / rustc ${rc.compiled ? 'accepts' : rc.errors[0]?.code ?? 'error'}`;
    case 'wrong-error': {
      const first = rc.errors[0];
      const ours = sh.code ?? `${sh.kind}: ${generalise(sh.headline)}`;
      const theirs = first?.code ?? `error: ${generalise(first?.headline ?? '')}`;
      return ours === theirs ? `${ours} on another line than rustc's` : `stackheap ${ours} / rustc first ${theirs}`;
    }
    case 'wrong-output': {
      if (sh.exitCode !== rc.exitCode) return `exit ${sh.exitCode} (${sh.outcome}) / rustc exit ${rc.exitCode}`;
      if (sh.stderr !== rc.stderr) return `stderr: ${generalise(firstDifference(sh.stderr, rc.stderr))}`;
      return `stdout: ${generalise(firstDifference(sh.stdout, rc.stdout))} / rustc ${generalise(firstDifference(rc.stdout, sh.stdout))}`;
    }
    default:
      return cls;
  }
}
