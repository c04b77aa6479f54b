// The strings of the extension's own pages (options, popup), kept out of _locales so that the
// content script, which bundles the panel's catalogs, does not carry them. Same '$1' substitutions.

import type { Language } from '../core/model';
import { translator } from '../panel/catalogs';
import type { MessageKey } from '../panel/i18n';

export const PAGE_STRINGS = {
  en: {
    popupNotQuestion: 'This is not a written-question page.',
    popupSearchLink: 'Search the Senate’s written questions',
    popupShowPanel: 'Show panel',
    popupHidePanel: 'Hide panel',
    popupSettings: 'Settings',
    popupAttention: '$1 of $2 sub-questions need attention',
    optionsTitle: 'Question Lens settings',
    optionsPanel: 'Panel',
    optionsSide: 'Panel side',
    optionsSideRight: 'Right',
    optionsSideLeft: 'Left',
    optionsOpen: 'Open the panel',
    optionsOpenAuto: 'Automatically on a written-question page',
    optionsOpenOnDemand: 'Only when asked (toolbar button, Alt+Shift+Q)',
    optionsHighlights: 'Highlight sub-questions and answers in the page',
    optionsLanguage: 'Panel language',
    optionsLanguagePage: 'The page’s language',
    optionsCitations: 'Citations',
    optionsDefaultForm: 'Default citation form',
    optionsTemplates: 'Your citation templates',
    optionsTemplatesHelp: 'Write placeholders in braces, e.g. {id}. Put optional parts in brackets: [ ({party})] disappears when the party is unknown.',
    optionsTemplateName: 'Name',
    optionsTemplateText: 'Template',
    optionsTemplateNumber: 'Template $1',
    optionsAddTemplate: 'Add a template',
    optionsRemoveTemplate: 'Remove',
    optionsPlaceholders: 'Placeholders',
    optionsPlaceholderMeaning: 'What it gives',
    optionsPreview: 'Preview on question 7-1649',
    optionsPreviewQuestion: 'Whole question',
    optionsPreviewItem: 'Sub-question $1',
    optionsTemplateUnknown: 'Unknown placeholders: $1. This template is not saved until they are fixed.',
    optionsTemplateEmpty: 'Empty template: not saved.',
    optionsTemplateOk: 'Every placeholder is known.',
    optionsSaved: 'Saved',
    optionsSaveFailed: 'Could not save the settings',
  },
  fr: {
    popupNotQuestion: 'Cette page n’est pas une question écrite.',
    popupSearchLink: 'Rechercher dans les questions écrites du Sénat',
    popupShowPanel: 'Afficher le panneau',
    popupHidePanel: 'Masquer le panneau',
    popupSettings: 'Réglages',
    popupAttention: '$1 sous-questions sur $2 demandent attention',
    optionsTitle: 'Réglages de Question Lens',
    optionsPanel: 'Panneau',
    optionsSide: 'Côté du panneau',
    optionsSideRight: 'Droite',
    optionsSideLeft: 'Gauche',
    optionsOpen: 'Ouvrir le panneau',
    optionsOpenAuto: 'Automatiquement sur une question écrite',
    optionsOpenOnDemand: 'Seulement à la demande (bouton, Alt+Maj+Q)',
    optionsHighlights: 'Surligner sous-questions et réponses dans la page',
    optionsLanguage: 'Langue du panneau',
    optionsLanguagePage: 'Celle de la page',
    optionsCitations: 'Citations',
    optionsDefaultForm: 'Forme de citation par défaut',
    optionsTemplates: 'Vos modèles de citation',
    optionsTemplatesHelp: 'Écrivez les champs entre accolades, p. ex. {id}. Mettez les parties facultatives entre crochets : [ ({party})] disparaît si le parti est inconnu.',
    optionsTemplateName: 'Nom',
    optionsTemplateText: 'Modèle',
    optionsTemplateNumber: 'Modèle $1',
    optionsAddTemplate: 'Ajouter un modèle',
    optionsRemoveTemplate: 'Supprimer',
    optionsPlaceholders: 'Champs',
    optionsPlaceholderMeaning: 'Ce qu’il donne',
    optionsPreview: 'Aperçu sur la question 7-1649',
    optionsPreviewQuestion: 'Question entière',
    optionsPreviewItem: 'Sous-question $1',
    optionsTemplateUnknown: 'Champs inconnus : $1. Ce modèle n’est pas enregistré tant qu’ils ne sont pas corrigés.',
    optionsTemplateEmpty: 'Modèle vide : non enregistré.',
    optionsTemplateOk: 'Tous les champs sont connus.',
    optionsSaved: 'Enregistré',
    optionsSaveFailed: 'Impossible d’enregistrer les réglages',
  },
  nl: {
    popupNotQuestion: 'Deze pagina is geen schriftelijke vraag.',
    popupSearchLink: 'Zoeken in de schriftelijke vragen van de Senaat',
    popupShowPanel: 'Paneel tonen',
    popupHidePanel: 'Paneel verbergen',
    popupSettings: 'Instellingen',
    popupAttention: '$1 van de $2 deelvragen vragen aandacht',
    optionsTitle: 'Instellingen van Question Lens',
    optionsPanel: 'Paneel',
    optionsSide: 'Kant van het paneel',
    optionsSideRight: 'Rechts',
    optionsSideLeft: 'Links',
    optionsOpen: 'Het paneel openen',
    optionsOpenAuto: 'Automatisch op een schriftelijke vraag',
    optionsOpenOnDemand: 'Alleen op vraag (knop, Alt+Shift+Q)',
    optionsHighlights: 'Deelvragen en antwoorden in de pagina markeren',
    optionsLanguage: 'Taal van het paneel',
    optionsLanguagePage: 'Die van de pagina',
    optionsCitations: 'Citaten',
    optionsDefaultForm: 'Standaard citaatvorm',
    optionsTemplates: 'Uw citaatsjablonen',
    optionsTemplatesHelp: 'Schrijf velden tussen accolades, bv. {id}. Zet optionele delen tussen haken: [ ({party})] verdwijnt als de partij onbekend is.',
    optionsTemplateName: 'Naam',
    optionsTemplateText: 'Sjabloon',
    optionsTemplateNumber: 'Sjabloon $1',
    optionsAddTemplate: 'Sjabloon toevoegen',
    optionsRemoveTemplate: 'Verwijderen',
    optionsPlaceholders: 'Velden',
    optionsPlaceholderMeaning: 'Wat het geeft',
    optionsPreview: 'Voorbeeld op vraag 7-1649',
    optionsPreviewQuestion: 'Hele vraag',
    optionsPreviewItem: 'Deelvraag $1',
    optionsTemplateUnknown: 'Onbekende velden: $1. Dit sjabloon wordt pas bewaard als ze verbeterd zijn.',
    optionsTemplateEmpty: 'Leeg sjabloon: niet bewaard.',
    optionsTemplateOk: 'Alle velden zijn bekend.',
    optionsSaved: 'Bewaard',
    optionsSaveFailed: 'De instellingen konden niet worden bewaard',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type PageStringKey = keyof (typeof PAGE_STRINGS)['en'];

export type PageTranslate = (key: MessageKey | PageStringKey, ...substitutions: (string | number)[]) => string;

/** The panel's translator, knowing the pages' strings too. */
export function pageTranslator(language: Language): PageTranslate {
  const panel = translator(language);
  const own = PAGE_STRINGS[language] as Record<string, string>;
  const fallback = PAGE_STRINGS.en as Record<string, string>;
  return (key, ...subs) => {
    const template = own[key] ?? fallback[key];
    if (template === undefined) return panel(key as MessageKey, ...subs);
    return template.replace(/\$(\d|\$)/g, (whole, n: string) => {
      if (n === '$') return '$';
      const value = subs[Number(n) - 1];
      return value === undefined ? whole : String(value);
    });
  };
}
