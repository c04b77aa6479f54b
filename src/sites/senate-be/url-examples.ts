// Addresses that must and must not be read as the Senate's written questions, kept beside the
// predicate (url.ts) as github-url-detection keeps its examples. Tests only: nothing imports this
// into the extension. test/sites/descriptors.test.ts runs every site's examples against every site.

import type { UrlExamples } from '../site';

export const SENATE_URL_EXAMPLES: UrlExamples = {
  mustMatch: [
    'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
    'http://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
    'https://senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
    'https://www.senaat.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=nl',
    'https://senaat.be/www/?MIval=Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=nl',
    'https://www.senate.be/www/?MIval=Vragen/SVPrint&LEG=5&NR=1480&LANG=nl',
    'https://www.senate.be/www/?LANG=fr&NR=1649&LEG=7&MIval=/Vragen/SchriftelijkeVraag',
    'https://WWW.SENATE.BE/www/?mival=/vragen/schriftelijkevraag&leg=7&nr=1649&lang=FR',
    'https://www.senate.be/www/?MIval=%2FVragen%2FSchriftelijkeVraag&LEG=7&NR=1649',
  ],
  mustNotMatch: [
    'https://www.senate.be/www/?MIval=/index_senate&LANG=fr',
    'https://www.senate.be/www/?MIval=/Zoeken/Vragen&LEG=7&LANG=fr',
    'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LANG=fr',
    'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=abc&LANG=fr',
    'https://senate.be.evil.com/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
    'https://evilsenate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr',
    'https://www.lachambre.be/kvvcr/showpage.cfm?section=qrva&language=fr&cfm=qrvaXml.cfm?legislat=55&dossierID=55-B084-1194-0700-2021202215087.xml',
    'ftp://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649',
    'not a url',
  ],
};
