// Lints snippets with the repository's ESLint configuration (run by lint-boundaries.test.ts in a plain Node
// process: jest cannot load the ES-module config). stdin: [{ filePath, code }]; stdout: the messages of each.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const [cwd] = process.argv.slice(2);
const snippets = JSON.parse(await new Response(process.stdin).text());
// Type information off: the snippets belong to no tsconfig, and the boundary rules need none.
const eslint = new ESLint({
  cwd,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});
const results = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: `${cwd}/${filePath}` });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
