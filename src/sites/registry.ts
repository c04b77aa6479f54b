// The sites Question Lens knows, whole (reader and citation profile with the descriptor), found by
// id (an Analysis names its site), by address, or by reading the page. Same order as descriptors.ts.

import type { Site } from './site';
import { senateBe } from './senate-be';

export const SITES: readonly Site[] = [senateBe];

export function siteById(id: string): Site | null {
  return SITES.find((s) => s.id === id) ?? null;
}

export function siteForUrl(url: string): Site | null {
  return SITES.find((s) => s.isCandidateUrl(url)) ?? null;
}
