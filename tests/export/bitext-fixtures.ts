// Small bilingual files written for the tests (our own words): another tool's TMX with inline
// codes, props, notes and dates; XLIFF 1.2 and 2.0 with codes; TSVs with quoting and no header.
import { bitextCorpusParts } from '../../shared/export/bitext-corpus.js';
import type { ImportedBitext } from '../../shared/export/imported.js';
import type { BitextCorpus } from '../../shared/export/types.js';

export const FOREIGN_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="OtherTool" creationtoolversion="2" o-tmf="x" datatype="plaintext" segtype="sentence" adminlang="en" srclang="EN-gb">
    <prop type="x-Domain">News</prop>
  </header>
  <body>
    <tu tuid="T-17" creationdate="20230102T030405Z" creationid="ANNA" changedate="20230203T040506Z" changeid="BEN" usagecount="4">
      <prop type="x-Client">Harbour Weekly</prop>
      <note>checked by Anna</note>
      <tuv xml:lang="EN-gb"><seg>Press <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now<ph x="2">&lt;br/&gt;</ph>, <hi type="em">please</hi>.</seg></tuv>
      <tuv xml:lang="fr-ca"><seg>Appuyez sur <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;</ept> maintenant<ph x="2">&lt;br/&gt;</ph>, <hi type="em">s’il vous plaît</hi>.</seg></tuv>
    </tu>
    <tu tuid="T-18">
      <tuv lang="en-GB"><seg>The ferry leaves at noon.</seg></tuv>
      <tuv lang="fr-CA"><seg>Le traversier part à midi.</seg></tuv>
    </tu>
  </body>
</tmx>
`;

export const MULTI_TMX = `<?xml version="1.0"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" o-tmf="t" datatype="plaintext" segtype="sentence" adminlang="en" srclang="*all*"/>
<body>
<tu><tuv xml:lang="de-DE"><seg>Guten Morgen</seg></tuv><tuv xml:lang="en-US"><seg>Good morning</seg></tuv><tuv xml:lang="fr-FR"><seg>Bonjour</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Good night</seg></tuv><tuv xml:lang="fr-FR"><seg>Bonne nuit</seg></tuv></tu>
</body></tmx>`;

export const SAME_LANGUAGE_TMX = `<?xml version="1.0"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" o-tmf="t" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en-US"/>
<body>
<tu><tuv xml:lang="en-US"><seg>The color of the harbor</seg></tuv><tuv xml:lang="en-GB"><seg>The colour of the harbour</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Same in both</seg></tuv><tuv xml:lang="en-GB"><seg>Same in both</seg></tuv></tu>
</body></tmx>`;

export const XLIFF12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.html" source-language="en-US" target-language="fr-CA" datatype="html">
    <body>
      <group id="g1">
        <trans-unit id="u1" approved="yes">
          <source>Open the <g id="1" ctype="bold">main</g> door<x id="2"/>.</source>
          <target state="final">Ouvrez la porte <g id="1" ctype="bold">principale</g><x id="2"/>.</target>
          <note>door = entrance</note>
        </trans-unit>
      </group>
      <trans-unit id="u2"><source>No target here</source></trans-unit>
      <trans-unit id="u3"><source>Rain <mrk mtype="term">today</mrk>.</source><target state="needs-review-translation">Pluie <mrk mtype="term">aujourd’hui</mrk>.</target></trans-unit>
    </body>
  </file>
</xliff>`;

export const XLIFF20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
  <file id="f1">
    <unit id="1">
      <notes><note>from the style guide</note></notes>
      <segment state="final"><source>Click <pc id="1">here</pc><ph id="2"/> now<cp hex="2021"/></source><target>Cliquez <pc id="1">ici</pc><ph id="2"/> maintenant<cp hex="2021"/></target></segment>
      <segment state="initial"><source>Second.</source><target>Deuxième.</target></segment>
    </unit>
  </file>
</xliff>`;

/** RFC 4180 with tabs: quoted cells with "" inside, a tab and a line break inside quotes; CRLF. */
export const QUOTED_TSV =
  'en\tfr\r\n"He said ""yes""."\t"Il a dit « oui »."\r\n"Tab\tinside"\t"Ligne\nsuivante"\r\nplain "mid" quotes\tguillemets "au milieu"\r\n';
export const HEADERLESS_TSV = 'Yes\tOui\nThe boat is late.\tLe bateau est en retard.\n';

export function corpusOf(bitext: ImportedBitext, name = 'file.tmx'): BitextCorpus {
  const { docs, pair } = bitextCorpusParts(bitext, { fileName: name, base: 'file', ids: ['d_a', 'd_b'], pairId: 'p_imported0000001' });
  return { name: 'imported', languages: ['en', 'fr'], createdAt: '2024-01-01T00:00:00.000Z', documents: docs, pairs: [pair], findings: [] };
}
