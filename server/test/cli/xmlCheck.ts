// A tiny, strict XML reader for tests: parses a document into elements (name, attributes,
// children, text), and throws on anything not well-formed (unbalanced or misnested tags, an
// unquoted or duplicated attribute, a bare `<` or `&`, an unknown entity, characters XML 1.0
// cannot hold). Enough to read back the JUnit report; not a general XML parser.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string): XmlElement {
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml))
    throw new Error('a character XML cannot hold');
  let at = 0;
  const declaration = /^<\?xml[^?]*\?>\s*/.exec(xml);
  if (declaration) at = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root element at ${at}`);
    if (stack.length > 0) stack[stack.length - 1].text += decode(text);
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new Error(`unclosed tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    at = gt + 1;
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (open?.name !== tag.slice(1)) throw new Error(`</${tag.slice(1)}> closes <${open?.name}>`);
      continue;
    }
    const element = openTag(tag.endsWith('/') ? tag.slice(0, -1) : tag);
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else if (root === undefined) root = element;
    else throw new Error('a second root element');
    if (!tag.endsWith('/')) stack.push(element);
  }
  if (stack.length > 0 || root === undefined) throw new Error(`unclosed <${stack[stack.length - 1]?.name ?? 'root'}>`);
  return root;
}

function openTag(tag: string): XmlElement {
  const name = NAME.exec(tag)?.[0];
  if (name === undefined) throw new Error(`bad tag <${tag}>`);
  const attributes: Record<string, string> = {};
  let rest = tag.slice(name.length);
  while (rest.trim() !== '') {
    const m = /^\s+([A-Za-z_][\w.-]*)="([^"<]*)"/.exec(rest);
    if (m === null) throw new Error(`bad attribute in <${tag}>`);
    if (m[1] in attributes) throw new Error(`duplicate attribute ${m[1]}`);
    attributes[m[1]] = decode(m[2]);
    rest = rest.slice(m[0].length);
  }
  return { name, attributes, children: [], text: '' };
}

function decode(text: string): string {
  return text.replace(/&([^;\s]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(';')) throw new Error(`a bare & in ${JSON.stringify(text)}`);
    const numeric = /^#(x[0-9a-fA-F]+|\d+)$/.exec(entity);
    if (numeric)
      return String.fromCodePoint(parseInt(numeric[1].replace('x', ''), numeric[1].startsWith('x') ? 16 : 10));
    if (!(entity in ENTITIES)) throw new Error(`unknown entity &${entity};`);
    return ENTITIES[entity];
  });
}
