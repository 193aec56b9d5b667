import * as sax from 'sax';

/** Parses XML strictly (well-formedness: sax throws on any error); returns the elements in document order. */
export function parseXml(xml: string): { name: string; attributes: Record<string, string> }[] {
  const parser = sax.parser(true, {});
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  let error: Error | undefined;
  parser.onerror = (e) => {
    error = e;
  };
  parser.onopentag = (t) => elements.push({ name: t.name, attributes: t.attributes as Record<string, string> });
  parser.write(xml).close();
  if (error) throw error;
  return elements;
}
