// What each cue family must meet and must not meet, in French and Dutch: varied in person, tense and
// word order, as cabinets write. Tested (test/core/assess/cues.test.ts), never shipped: the engine
// does not import this file. Written for the lexicon, not taken from the corpus.

import type { CueFamily } from './cues';

export interface CueExample {
  family: CueFamily;
  language: 'fr' | 'nl';
  meets: string[];
  missesAll: string[];
}

export const CUE_EXAMPLES: readonly CueExample[] = [
  {
    family: 'no-data', language: 'nl',
    meets: [
      'Ik beschik niet over die cijfers.',
      'Die gegevens worden door mijn diensten niet bijgehouden.',
      'Er zijn geen statistieken beschikbaar over dit fenomeen.',
      'Waarover wij geen gegevens hebben, kunnen wij niets zeggen.',
      'Het is niet mogelijk om deze cijfers uit de databank te halen.',
    ],
    missesAll: ['In 2016 werden 189.801 unieke werknemers geteld.', 'De cijfers voor 2017 vindt u in de tabel.'],
  },
  {
    family: 'no-data', language: 'fr',
    meets: [
      'Aucune information disponible.',
      'Je ne dispose pas de ces chiffres.',
      'Ces données ne sont pas enregistrées par mon administration.',
      'Il n\'est pas possible d\'extraire ces statistiques de la banque de données.',
    ],
    missesAll: ['En 2016, 661.794 déclarations ont été introduites.', 'Les chiffres demandés figurent dans le tableau ci-dessous.'],
  },
  {
    family: 'not-competent', language: 'nl',
    meets: [
      'Deze aangelegenheid behoort tot de bevoegdheden van mevrouw de minister van Volksgezondheid.',
      'Dit valt niet onder mijn bevoegdheid.',
      'Het onderwijs is een bevoegdheid van de Gemeenschappen.',
    ],
    missesAll: ['De minister heeft de maatregel vorige week voorgesteld.'],
  },
  {
    family: 'not-competent', language: 'fr',
    meets: [
      'Cette matière relève de la compétence de ma collègue, la ministre de la Santé.',
      'Cette question ne relève pas de mes attributions.',
      'Les Régions sont compétentes en la matière.',
    ],
    missesAll: ['Deux agents relèvent de l\'Administration générale de la Trésorerie.'],
  },
  {
    family: 'ask-elsewhere', language: 'nl',
    meets: ['Gelieve contact op te nemen met Child Focus.', 'Ik stel voor dat u deze vraag zou richten aan mijn collega van Justitie.'],
    missesAll: ['Child Focus werkt samen met de politie.'],
  },
  {
    family: 'ask-elsewhere', language: 'fr',
    meets: ['Veuillez contacter Child Focus.', 'Je vous invite à adresser cette question au ministre de la Justice.'],
    missesAll: ['Child Focus collabore avec la police.'],
  },
  {
    family: 'secrecy', language: 'nl',
    meets: ['Gelet op het lopende gerechtelijk onderzoek kan ik hierover niets meedelen.', 'Om redenen van privacy worden geen namen bekendgemaakt.'],
    missesAll: ['Het onderzoek werd in 2015 afgesloten met een rapport.'],
  },
  {
    family: 'secrecy', language: 'fr',
    meets: ['Vu l\'enquête en cours, je ne puis communiquer davantage.', 'Ces informations sont couvertes par le secret de l\'instruction.'],
    missesAll: ['L\'enquête a été clôturée en 2015.'],
  },
  {
    family: 'stalling', language: 'nl',
    meets: ['Dit wordt momenteel onderzocht.', 'De kwestie wordt thans bestudeerd door mijn administratie.', 'Het is voorbarig om hierover uitspraken te doen.'],
    missesAll: ['De studie werd in maart 2016 gepubliceerd.'],
  },
  {
    family: 'stalling', language: 'fr',
    meets: ['Le Gouvernement réfléchit actuellement à la démarche.', 'Il est prématuré de se prononcer à ce stade.'],
    missesAll: ['L\'étude a été publiée en mars 2016.'],
  },
  {
    family: 'burden', language: 'nl',
    meets: ['Dit zou een manuele opzoeking in elk dossier vereisen.', 'Het opzoekingswerk zou onevenredig veel tijd vragen.'],
    missesAll: ['De dossiers worden elektronisch beheerd.'],
  },
  {
    family: 'burden', language: 'fr',
    meets: ['Mon administration ne peut faire faire de longues recherches.', 'Cela nécessiterait un examen manuel de chaque dossier.'],
    missesAll: ['Les dossiers sont gérés électroniquement.'],
  },
  {
    family: 'point-question', language: 'nl',
    meets: ['Ik verwijs naar mijn antwoord op vraag nr. 242.', 'Zie het antwoord op de schriftelijke vraag nr. 54-1234.'],
    missesAll: ['Uw vraag over de treinen is terecht.'],
  },
  {
    family: 'point-question', language: 'fr',
    meets: ['Je renvoie l\'honorable membre à ma réponse à la question écrite n° 5-7879.', 'Voir la réponse à la question n° 186.'],
    missesAll: ['Votre question sur les trains est pertinente.'],
  },
  {
    family: 'point-registry', language: 'nl',
    meets: ['Gezien het louter documentaire karakter ervan ligt het antwoord ter inzage bij de griffie.'],
    missesAll: ['Het antwoord werd in het Bulletin gepubliceerd.'],
  },
  {
    family: 'point-registry', language: 'fr',
    meets: ['Vu son caractère purement documentaire, la réponse peut être consultée au greffe.'],
    missesAll: ['La réponse a été publiée au Bulletin.'],
  },
  {
    family: 'point-website', language: 'nl',
    meets: ['Deze informatie is beschikbaar op de website van de FOD.', 'Zie www.belgium.be.'],
    missesAll: ['De informatie werd per brief bezorgd.'],
  },
  {
    family: 'point-website', language: 'fr',
    meets: ['Ces informations sont disponibles sur le site internet du SPF.'],
    missesAll: ['Les informations ont été envoyées par courrier.'],
  },
  {
    family: 'point-document', language: 'nl',
    meets: ['Ik verwijs naar het jaarverslag van de Ombudsman.'],
    missesAll: ['Hieronder vindt het geachte lid een tabel met de cijfers.'],
  },
  {
    family: 'point-document', language: 'fr',
    meets: ['Je renvoie l\'honorable membre au rapport annuel du Médiateur.'],
    missesAll: ['L\'honorable membre trouvera ci-dessous un tableau des chiffres.'],
  },
];
