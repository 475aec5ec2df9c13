// The evaluation's glossary: built here, not shipped in the product (the product has none).
import type { Glossary } from '../shared/checks/glossary/types.js';

export function buildEvalGlossary(): Glossary {
  return {
    entries: [
      { id: 'blinken', kind: 'name', doNotTranslate: true, terms: { '*': [{ text: 'Blinken', status: 'preferred' }] } },
      {
        id: 'secstate',
        kind: 'title',
        person: 'Antony Blinken',
        subject: 'diplomacy',
        terms: {
          en: [
            { text: 'Secretary of State', status: 'preferred' },
            { text: 'State Secretary', status: 'forbidden' },
            { text: 'Foreign Minister', status: 'forbidden' },
          ],
          fr: [
            { text: 'secrétaire d’État', status: 'preferred' },
            { text: 'ministre des Affaires étrangères', status: 'forbidden' },
          ],
        },
      },
    ],
  };
}
