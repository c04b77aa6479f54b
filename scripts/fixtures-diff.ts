// Prints, for every fixture (or those named), where the engine's output differs from expected.json.
// Read each difference: either the engine or the expectation is wrong. Nothing is rewritten.
import { differences, expectedOf, fixtureCases } from '../test/helpers/fixtures';

const wanted = process.argv.slice(2);
let total = 0;
for (const name of fixtureCases().filter((n) => wanted.length === 0 || wanted.includes(n))) {
  const diffs = differences(name);
  total += diffs.length;
  console.log(`${diffs.length === 0 ? 'ok  ' : 'DIFF'} ${name}`);
  for (const d of diffs) console.log(`     ${d}`);
  for (const item of expectedOf(name).items ?? []) if (item.engineSays) console.log(`known miss ${name} #${item.label}: reader ${JSON.stringify(item.status)}, engine ${item.engineSays}. ${item.engineMissNote ?? ""}`);
}
console.log(`${total} difference(s)`);
process.exitCode = total === 0 ? 0 : 1;
