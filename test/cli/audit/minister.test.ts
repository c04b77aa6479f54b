// The addressee normaliser on the wordings real pages use: the Senate fixtures' (French and
// Dutch) and the Chamber corpus's (../shared/data, Dutch, one office per government). One office,
// whatever the wording, the language, the title or the person; two offices never merged.

import { describe, expect, it } from 'vitest';
import { foldText, ministerOffice } from '../../../src/cli/audit/minister';
import { expectedOf, fixtureCases } from '../../helpers/fixtures';

/** Every distinct `answer_department` of /work/shared/data/dekamer-2017.json, as written there. */
const CHAMBER_OFFICES = [
  'Vice-eersteminister en minister van Veiligheid en Binnenlandse Zaken, belast met de Regie der Gebouwen',
  'Minister van Mobiliteit, belast met Belgocontrol en de Nationale Maatschappij der Belgische spoorwegen',
  'Minister van Sociale Zaken en Volksgezondheid',
  'Minister van Justitie',
  'Vice-eersteminister en minister van Werk, Economie en Consumenten, belast met Buitenlandse Handel',
  'Minister van Financien, belast met Bestrijding van de fiscale fraude',
  'Minister van Defensie, belast met Ambtenarenzaken',
  'Staatssecretaris voor Asiel en Migratie, belast met Administratieve Vereenvoudiging, toegevoegd aan de minister van Veiligheid en Binnenlandse Zaken',
  'Vice-eersteminister en minister van Buitenlandse Zaken en Europese Zaken, belast met Beliris en de Culturele Instellingen',
  'Vice-eersteminister en minister van Ontwikkelingssamenwerking, Digitale Agenda, Telecommunicatie en Post',
  "Minister van Middenstand, Zelfstandigen, KMO's, Landbouw en Maatschappelijke Integratie",
  'Staatssecretaris voor Armoedebestrijding, Gelijke Kansen, Personen met een beperking, en Wetenschapsbeleid, belast met Grote Steden, toegevoegd aan de Minister van Veiligheid en Binnenlandse Zaken',
  'Minister van Energie, Leefmilieu en Duurzame Ontwikkeling',
  'Staatssecretaris voor Bestrijding van de sociale fraude, Privacy en Noordzee, toegevoegd aan de minister van Sociale Zaken en Volksgezondheid',
  'Eerste minister',
  'Minister van Pensioenen',
  'Staatssecretaris voor Buitenlandse Handel, toegevoegd aan de minister belast met Buitenlandse Handel',
  'Minister van Begroting, belast met de Nationale Loterij',
  'Staatssecretaris voor Armoedebestrijding, Gelijke Kansen, Personen met een beperking, en Wetenschapsbeleid, belast met Grote Steden, toegevoegd aan de minister van Financien',
];

const key = (addressee: string) => ministerOffice(addressee)?.key;

describe('ministerOffice', () => {
  it('gives one key to the French and the Dutch wording of an office the fixtures name', () => {
    const addressees = new Set(fixtureCases().map((name) => expectedOf(name).question?.addressee).filter((a): a is string => typeof a === 'string'));
    expect(addressees.size).toBeGreaterThanOrEqual(8);
    const keys = new Map([...addressees].map((a) => [a, key(a)]));
    expect(keys.get("la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique")).toBe(
      keys.get('de minister van Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing'),
    );
    expect(keys.get('la ministre de la Justice')).toBe(keys.get('de minister van Justitie'));
    expect(keys.get("la secrétaire d'État à l'Asile et la Migration")).toBe(keys.get('de staatssecretaris voor Asiel en Migratie'));
    // The fixtures' distinct offices stay distinct: Interior, Justice, Finance, Mobility, Asylum,
    // Public Enterprises.
    expect(new Set(keys.values()).size).toBe(6);
  });

  it('leaves out the vice-prime minister, the added charges, the name, the article and the case', () => {
    const justice = key('de minister van Justitie');
    expect(justice).toBe('minister:justice');
    for (const wording of [
      'Minister van Justitie',
      'aan de Vice-eersteminister en minister van Justitie (Vincent Van Quickenborne)',
      'au vice-premier ministre et ministre de la Justice, chargé de la Régie des bâtiments',
      'à la ministre de la Justice (Mme Annelies Verlinden)',
      'LE MINISTRE DE LA JUSTICE.',
      'le ministre de la justice',
    ]) expect(key(wording), wording).toBe(justice);
    expect(key('Minister van Financien, belast met Bestrijding van de fiscale fraude')).toBe(key('le ministre des Finances'));
    expect(key('Vice-eersteminister en minister van Veiligheid en Binnenlandse Zaken, belast met de Regie der Gebouwen')).toBe(key('le ministre de la Sécurité et de l’Intérieur'));
  });

  it('reads the parts of a portfolio in any order and any language', () => {
    expect(key('Minister van Sociale Zaken en Volksgezondheid')).toBe(key('la ministre des Affaires sociales et de la Santé publique'));
    expect(key('la ministre de la Santé publique et des Affaires sociales')).toBe(key('Minister van Sociale Zaken en Volksgezondheid'));
    expect(key('Eerste minister')).toBe('prime-minister');
    expect(key('au Premier ministre')).toBe('prime-minister');
  });

  it('counts a secretary of state moved under another minister as the same office', () => {
    const [underInterior, underFinance] = CHAMBER_OFFICES.filter((o) => o.startsWith('Staatssecretaris voor Armoedebestrijding'));
    expect(key(underInterior!)).toBe(key(underFinance!));
  });

  it('keeps every other office of the Chamber corpus apart', () => {
    // 19 wordings, 18 offices: only the secretary of state above is worded twice.
    expect(new Set(CHAMBER_OFFICES.map(key)).size).toBe(CHAMBER_OFFICES.length - 1);
    // A minister and a secretary of state of the same matter are two offices.
    expect(key('Staatssecretaris voor Buitenlandse Handel, toegevoegd aan de minister belast met Buitenlandse Handel')).not.toBe(key('minister van Buitenlandse Handel'));
  });

  it('labels an office by its wording without what the key leaves out', () => {
    expect(ministerOffice('Vice-eersteminister en minister van Veiligheid en Binnenlandse Zaken, belast met de Regie der Gebouwen')?.label).toBe('Minister van Veiligheid en Binnenlandse Zaken');
    expect(ministerOffice("à la secrétaire d'État à l'Asile et la Migration (Nicole de Moor)")?.label).toBe("Secrétaire d'État à l'Asile et la Migration");
    expect(ministerOffice(null)).toBeNull();
    expect(ministerOffice('  ')).toBeNull();
  });

  it('folds case, accents, apostrophes and punctuation', () => {
    expect(foldText("  Réformes  institutionnelles, KMO's — Financiën ")).toBe('reformes institutionnelles kmos financien');
  });
});
