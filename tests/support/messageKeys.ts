// Which dictionary keys a page's browser code can ask for, read from the source with TypeScript's
// parser: every string literal that is a key ("fastTrack.title", also where a key is passed around as
// a value), and every key prefix a key is built from (`status.${x}`, "status." + x), in a module and
// in the app modules it imports, transitively. `.server` modules never reach the browser and are not
// followed; a route's `loader` and `action` run on the server only (they translate with the full
// dictionary) and are skipped.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export type Usage = {
  /** Keys used literally. */
  keys: Set<string>;
  /** Prefixes keys are built from at run time. */
  prefixes: Set<string>;
  /** Where each key or prefix was seen (for messages). */
  where: Map<string, string>;
  /** Browser modules that import a dictionary (app/locales) for its values. */
  dictionaryImports: string[];
};

const appDir = path.resolve("app");
const extensions = [".ts", ".tsx", "/index.ts", "/index.tsx"];

/** The app file an import names, or null for a package or a file outside app/. */
export function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("~/")) base = path.join(appDir, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const ext of extensions) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

const serverOnly = (file: string) => /\.server(\.tsx?|\/)/.test(file) || file.includes(`${path.sep}.server${path.sep}`);
const isDictionary = (file: string) => file.startsWith(path.join(appDir, "locales") + path.sep);

/** A route module's server-only exports, whose code the compiler drops from the browser bundle. */
const SERVER_EXPORTS = new Set(["loader", "action", "headers"]);

function isServerExport(node: ts.Node): boolean {
  const exported = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  if (ts.isFunctionDeclaration(node) && node.name && exported(node)) return SERVER_EXPORTS.has(node.name.text);
  if (ts.isVariableStatement(node) && exported(node))
    return node.declarationList.declarations.every((d) => ts.isIdentifier(d.name) && SERVER_EXPORTS.has(d.name.text));
  return false;
}

export function createAnalyzer(allKeys: readonly string[]) {
  const keySet = new Set(allKeys);
  // A prefix keys are built from names at least a namespace ("status." + x, `plan.goal.${v}`, `services.rate.n${n}`).
  const isPrefix = (s: string) => s.includes(".") && !keySet.has(s) && allKeys.some((k) => k.startsWith(s));
  const perFile = new Map<string, { keys: Set<string>; prefixes: Set<string>; imports: string[]; dictionary: boolean }>();

  function readFile(file: string) {
    const cached = perFile.get(file);
    if (cached) return cached;
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const entry = { keys: new Set<string>(), prefixes: new Set<string>(), imports: [] as string[], dictionary: false };
    const isRoute = file.startsWith(path.join(appDir, "routes") + path.sep) || file === path.join(appDir, "root.tsx");

    const importTarget = (spec: ts.Expression | undefined) => (spec && ts.isStringLiteral(spec) ? resolveImport(file, spec.text) : null);

    const visit = (node: ts.Node): void => {
      if (isRoute && node.parent === source && isServerExport(node)) return;
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        const typeOnly =
          clause?.isTypeOnly ||
          (clause &&
            !clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly));
        const target = importTarget(node.moduleSpecifier);
        if (target && !typeOnly) {
          if (isDictionary(target)) entry.dictionary = true;
          else entry.imports.push(target);
        }
        return;
      }
      if (ts.isExportDeclaration(node)) {
        const target = importTarget(node.moduleSpecifier);
        if (target && !node.isTypeOnly) {
          if (isDictionary(target)) entry.dictionary = true;
          else entry.imports.push(target);
        }
        return;
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const target = importTarget(node.arguments[0]);
        if (target) {
          if (isDictionary(target)) entry.dictionary = true;
          else entry.imports.push(target);
        }
      }
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const text = node.text;
        if (keySet.has(text)) entry.keys.add(text);
        // A key or a namespace named as a value can have keys built under it (`${prefix}.${value}`,
        // "status." + x, a key's `.one`): every key below it counts as used.
        if (text.includes(".") && isPrefix(`${text}.`)) entry.prefixes.add(`${text}.`);
        if (text.endsWith(".") && isPrefix(text)) entry.prefixes.add(text);
      }
      if (ts.isTemplateExpression(node) && isPrefix(node.head.text)) entry.prefixes.add(node.head.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    perFile.set(file, entry);
    return entry;
  }

  /** What a module and everything it imports for the browser use. */
  function usage(entryFile: string): Usage {
    const result: Usage = { keys: new Set(), prefixes: new Set(), where: new Map(), dictionaryImports: [] };
    const seen = new Set<string>();
    const queue = [path.resolve(entryFile)];
    while (queue.length) {
      const file = queue.shift()!;
      if (seen.has(file) || serverOnly(file)) continue;
      seen.add(file);
      const entry = readFile(file);
      const rel = path.relative(process.cwd(), file);
      for (const k of entry.keys) {
        result.keys.add(k);
        if (!result.where.has(k)) result.where.set(k, rel);
      }
      for (const p of entry.prefixes) {
        result.prefixes.add(p);
        if (!result.where.has(p)) result.where.set(p, rel);
      }
      if (entry.dictionary) result.dictionaryImports.push(rel);
      queue.push(...entry.imports);
    }
    return result;
  }

  return { usage };
}
