// The reference question 7-1649 (see test/fixtures/reference/senate-7-1649-fr.txt), built by hand
// as the engine would hand it to the citation code.
import { emptyMeta, type Analysis, type Item } from '../../../src/core/model';

export const URL_FR = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr';
export const ADDRESSEE_FR = "la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique";
export const ADDRESSEE_NL = 'de minister van Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing';
export const TITLE_FR = 'Clearview - Reconnaissance faciale - Vie privée - Police - Chiffres et tendances';
/** The first eight words of sub-question 4 as a text fragment. */
export const ITEM4_URL = `${URL_FR}#:~:text=Selon%20le%20journal%20Le%20Soir%2C%20une%20enqu%C3%AAte%20a`;

export function referenceAnalysis(language: 'fr' | 'nl' = 'fr'): Analysis {
  const item: Item = {
    label: '4',
    question: "Selon le journal Le Soir, une enquête a révélé que des missions de recherche avaient été effectuées. Selon vous, que sait Child Focus de l'utilisation de Clearview ?",
    questionSpan: { start: 0, end: 10 },
    answer: 'Aucune information disponible. Veuillez contacter Child Focus.',
    answerSpan: { start: 20, end: 30 },
    status: 'deflected',
    groupedWith: [],
    refersTo: null,
    reasons: [{ code: 'deflection-no-data', text: 'x' }],
    interrogatives: [],
    unaddressed: [],
    confidence: 0.9,
  };
  return {
    schemaVersion: 3,
    page: { site: 'senate-be', kind: 'written-question', language, url: URL_FR, variant: 'page' },
    question: {
      ...emptyMeta(),
      id: '7-1649',
      legislature: 7,
      number: 1649,
      author: 'Els Ampe',
      party: 'Open Vld',
      askedOn: '2022-06-02',
      answeredOn: '2022-07-07',
      addressee: language === 'fr' ? ADDRESSEE_FR : ADDRESSEE_NL,
      title: TITLE_FR,
      keywords: language === 'fr' ? ['intelligence artificielle', 'police', 'protection de la vie privée'] : [],
    },
    regions: { question: null, answer: null },
    numbering: { question: 'numbered', answer: 'numbered' },
    items: [item],
    extraAnswerParts: [],
    timeliness: { verdict: 'on-time', days: 0, answeredAfterDays: 35, unansweredAfterDays: null, reason: 'x' },
    warnings: [],
  };
}
