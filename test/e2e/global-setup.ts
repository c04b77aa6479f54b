// Optional vitest globalSetup: builds dist/ once per run so each end-to-end file need not.
import { buildExtension } from './harness';

export default function setup(): void {
  buildExtension();
}
