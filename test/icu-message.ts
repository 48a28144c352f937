/**
 * What an ICU message is made of: the text it prints of its own (arguments such as "{name}",
 * the selectors of plural and select, "#" and rich-text tags left out, the branches' words
 * kept, so `{delegation}` in a French message does not make "delegation" a French word),
 * and the names of the arguments it fills in.
 */
export function parseMessage(message: string): { text: string; args: string[] } {
  let i = 0;
  let out = '';
  const args = new Set<string>();
  const skipTo = (stops: string) => {
    let read = '';
    while (i < message.length && !stops.includes(message[i])) read += message[i++];
    return read.trim();
  };
  const branches = () => {
    for (;;) {
      skipTo('{}');
      if (i >= message.length || message[i++] === '}') return;
      out += ' ';
      text(true);
      out += ' ';
    }
  };
  const argument = () => {
    args.add(skipTo(',}'));
    if (message[i++] !== ',') return;
    const type = skipTo(',}');
    if (message[i++] !== ',') return;
    if (type === 'plural' || type === 'select' || type === 'selectordinal') return branches();
    let depth = 1;
    for (; i < message.length && depth > 0; i++) depth += message[i] === '{' ? 1 : message[i] === '}' ? -1 : 0;
  };
  const text = (nested: boolean) => {
    while (i < message.length) {
      const c = message[i++];
      if (c === '}' && nested) return;
      if (c === '{') argument();
      out += c === '{' || c === '}' || (c === '#' && nested) ? ' ' : c;
    }
  };
  text(false);
  return { text: out.replace(/<\/?[a-zA-Z]+>/g, ' '), args: [...args].sort() };
}
