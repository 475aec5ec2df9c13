// The shape of a check-message catalogue. A template is plain text with placeholders:
//   {x}       the parameter as is
//   {x:q}     quoted in the language's style (“x” / « x » with no-break spaces)
//   {x:lang}  a language code as the language's name ("English" / "anglais")
//   {x:n0} {x:n2}  a number with 0 or 2 decimals (decimal comma in French)
//   {x:of}    "of x" / French "de x" with elision ("d’Antony Blinken")
// A template with forms per plural category is chosen by the `count` parameter.
export type Template = string | { one: string; other: string };
export type Catalogue = Readonly<Record<string, Template>>;
