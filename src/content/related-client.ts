// The content script's side of related pages: asks the background, checks its reply as every
// message is checked, and keeps count of what is in flight so the panel can say "loading 2 related
// pages". A reply that never comes (the extension reloaded, the worker gone) is a failure, not a
// wait forever.

import { isRelatedReply, type RelatedReply } from '../platform/messages';
import { sendToBackground } from '../platform/content';

export type { RelatedReply };

/** Longer than the background's own timeout per request (15 s) times the queue of two. */
const REPLY_TIMEOUT_MS = 45_000;

export class RelatedClient {
  private inFlight = 0;
  private readonly listeners = new Set<(inFlight: number) => void>();
  private readonly replies = new Map<string, Promise<RelatedReply>>();

  /** The Analysis of a related page; the same address asked twice is asked once (until it fails). */
  load(url: string): Promise<RelatedReply> {
    const known = this.replies.get(url);
    if (known) return known;
    const reply = this.ask(url);
    this.replies.set(url, reply);
    void reply.then((r) => {
      if (!r.ok) this.replies.delete(url);
    });
    return reply;
  }

  /** Called with the number of requests in flight whenever it changes. */
  onChange(listener: (inFlight: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get pending(): number {
    return this.inFlight;
  }

  private async ask(url: string): Promise<RelatedReply> {
    this.set(this.inFlight + 1);
    try {
      const reply = await Promise.race([
        sendToBackground({ type: 'ql:related', url }),
        new Promise<undefined>((resolve) => setTimeout(resolve, REPLY_TIMEOUT_MS)),
      ]);
      return isRelatedReply(reply) ? reply : { ok: false, url, error: 'no-reply' };
    } finally {
      this.set(this.inFlight - 1);
    }
  }

  private set(n: number): void {
    this.inFlight = n;
    for (const l of this.listeners) l(n);
  }
}

/** Asks the background to stop this tab's related requests. */
export function cancelRelated(): void {
  void sendToBackground({ type: 'ql:related-cancel' });
}
