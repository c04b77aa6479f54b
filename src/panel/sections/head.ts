// The head: the question's one line of metadata, its timeliness verdict and status bar; the rest
// folded (head.ts).

import { renderHead } from '../head';
import type { PanelSection } from '../context';

export const headSection: PanelSection = {
  id: 'head',
  render: (ctx) => renderHead(ctx.doc, ctx.analysis, ctx.t, ctx.language, ctx.today, { questionLink: ctx.page.questionLink }),
};
