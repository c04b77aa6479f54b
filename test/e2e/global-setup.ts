// Optional vitest globalSetup: builds dist/chrome and dist/firefox once per run so each end-to-end file need not.
import { buildExtension } from './harness';

export default function setup(): void {
  buildExtension();
}
