import { XMLParser, XMLValidator } from 'fast-xml-parser';

// The Outlook add-in's XML manifest, checked offline against the elements Outlook requires, in the order its schema
// sets (Microsoft's XSDs are not ours to ship). The expected shape is data below; one walker reads it.

export type XmlElement = {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
};

/** A problem in words, or undefined when the value is fine. */
type Check = (value: string | undefined) => string | undefined;

type Shape = {
  readonly name: string;
  /** The xsi:type the element must carry; siblings of one name are told apart by it. */
  readonly type?: string;
  readonly optional?: boolean;
  readonly many?: boolean;
  readonly attrs?: Readonly<Record<string, Check>>;
  readonly text?: Check;
  readonly children?: readonly Shape[];
};

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const required =
  (check: (value: string) => string | undefined): Check =>
  (value) =>
    value === undefined || value === '' ? 'is missing' : check(value);
const guid = required((v) => (GUID.test(v) ? undefined : 'must be a GUID'));
const version = required((v) =>
  /^\d{1,5}(\.\d{1,5}){1,3}$/.test(v) ? undefined : 'must be a version such as 1.0.0.0',
);
const https = required((v) => (/^https:\/\/\S+$/.test(v) && v.length <= 2048 ? undefined : 'must be an https:// URL'));
const words = (max: number) =>
  required((v) => (v.length <= max ? undefined : `must be at most ${max} characters (it has ${v.length})`));
const oneOf = (...allowed: string[]) =>
  required((v) => (allowed.includes(v) ? undefined : `must be ${allowed.map((a) => `"${a}"`).join(' or ')}`));
const resid = words(32);
const number = required((v) => (/^\d+$/.test(v) ? undefined : 'must be a whole number'));

const el = (name: string, rest: Omit<Shape, 'name'> = {}): Shape => ({ name, ...rest });
const withValue = (name: string, check: Check = words(125)): Shape => el(name, { attrs: { DefaultValue: check } });
const ref = (name: string): Shape => el(name, { attrs: { resid } });

const image = (extra: Record<string, Check> = {}): Shape =>
  el('bt:Image', { many: true, attrs: { size: number, resid, ...extra } });

function button(type: 'Button' | 'MobileButton', pinnable: boolean): Shape {
  const desktop = type === 'Button';
  return el('Control', {
    type,
    many: true,
    attrs: { id: words(125) },
    children: [
      ref('Label'),
      ...(desktop ? [el('Supertip', { children: [ref('Title'), ref('Description')] })] : []),
      el('Icon', {
        ...(desktop ? {} : { type: 'bt:MobileIconList' }),
        children: [image(desktop ? {} : { scale: oneOf('1', '2', '3') })],
      }),
      el('Action', {
        type: 'ShowTaskpane',
        children: [
          ref('SourceLocation'),
          ...(pinnable ? [el('SupportsPinning', { optional: true, text: oneOf('true', 'false') })] : []),
        ],
      }),
    ],
  });
}

const desktopSurface = (type: string, pinnable: boolean): Shape =>
  el('ExtensionPoint', {
    type,
    optional: true,
    children: [
      el('OfficeTab', {
        attrs: { id: oneOf('TabDefault') },
        children: [
          el('Group', { many: true, attrs: { id: words(125) }, children: [ref('Label'), button('Button', pinnable)] }),
        ],
      }),
    ],
  });

const resourceList = (list: string, item: string, value: Check): Shape =>
  el(list, { optional: true, children: [el(item, { many: true, attrs: { id: resid, DefaultValue: value } })] });

const versionOverrides11: Shape = el('VersionOverrides', {
  type: 'VersionOverridesV1_1',
  attrs: { xmlns: oneOf('http://schemas.microsoft.com/office/mailappversionoverrides/1.1') },
  children: [
    el('Requirements', {
      optional: true,
      children: [
        el('bt:Sets', {
          attrs: { DefaultMinVersion: version },
          children: [el('bt:Set', { attrs: { Name: oneOf('Mailbox') } })],
        }),
      ],
    }),
    el('Hosts', {
      children: [
        el('Host', {
          type: 'MailHost',
          children: [
            el('DesktopFormFactor', {
              children: [
                ref('FunctionFile'),
                desktopSurface('MessageReadCommandSurface', true),
                desktopSurface('MessageComposeCommandSurface', false),
              ],
            }),
            el('MobileFormFactor', {
              optional: true,
              children: [
                ref('FunctionFile'),
                el('ExtensionPoint', {
                  type: 'MobileMessageReadCommandSurface',
                  children: [
                    el('Group', { attrs: { id: words(125) }, children: [ref('Label'), button('MobileButton', false)] }),
                  ],
                }),
              ],
            }),
          ],
        }),
      ],
    }),
    el('Resources', {
      children: [
        resourceList('bt:Images', 'bt:Image', https),
        resourceList('bt:Urls', 'bt:Url', https),
        resourceList('bt:ShortStrings', 'bt:String', words(125)),
        resourceList('bt:LongStrings', 'bt:String', words(250)),
      ],
    }),
    el('WebApplicationInfo', {
      optional: true,
      children: [
        el('Id', { text: guid }),
        el('Resource', { text: required((v) => (/^api:\/\/\S+$/.test(v) ? undefined : 'must be an api:// URI')) }),
        el('Scopes', { children: [el('Scope', { many: true, text: words(128) })] }),
      ],
    }),
  ],
});

const formSettings = (type: string, height: boolean): Shape =>
  el('Form', {
    type,
    children: [
      el('DesktopSettings', {
        children: [
          withValue('SourceLocation', https),
          ...(height ? [el('RequestedHeight', { optional: true, text: number })] : []),
        ],
      }),
    ],
  });

const OFFICE_APP: Shape = el('OfficeApp', {
  type: 'MailApp',
  attrs: { xmlns: oneOf('http://schemas.microsoft.com/office/appforoffice/1.1') },
  children: [
    el('Id', { text: guid }),
    el('Version', { text: version }),
    el('ProviderName', { text: words(250) }),
    el('DefaultLocale', {
      text: required((v) =>
        /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v) ? undefined : 'must be a language tag such as en-GB',
      ),
    }),
    withValue('DisplayName'),
    withValue('Description', words(250)),
    withValue('IconUrl', https),
    withValue('HighResolutionIconUrl', https),
    withValue('SupportUrl', https),
    el('AppDomains', { optional: true, children: [el('AppDomain', { many: true, text: https })] }),
    el('Hosts', { children: [el('Host', { attrs: { Name: oneOf('Mailbox') } })] }),
    el('Requirements', {
      children: [el('Sets', { children: [el('Set', { attrs: { Name: oneOf('Mailbox'), MinVersion: version } })] })],
    }),
    el('FormSettings', { children: [formSettings('ItemRead', true), formSettings('ItemEdit', false)] }),
    el('Permissions', { text: oneOf('Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox') }),
    el('Rule', {
      type: 'RuleCollection',
      attrs: { Mode: oneOf('Or') },
      children: [
        el('Rule', {
          type: 'ItemIs',
          many: true,
          attrs: { ItemType: oneOf('Message'), FormType: oneOf('Read', 'Edit', 'ReadOrEdit') },
        }),
      ],
    }),
    el('DisableEntityHighlighting', { optional: true, text: oneOf('true', 'false') }),
    el('VersionOverrides', {
      type: 'VersionOverridesV1_0',
      attrs: { xmlns: oneOf('http://schemas.microsoft.com/office/mailappversionoverrides') },
      children: [versionOverrides11],
    }),
  ],
});

const xsiType = (element: XmlElement) => element.attrs['xsi:type'];
const label = (element: XmlElement) => `${element.name}${xsiType(element) ? `[${xsiType(element)}]` : ''}`;
const matches = (shape: Shape, element: XmlElement) =>
  shape.name === element.name && (shape.type === undefined || shape.type === xsiType(element));

function checkAttributes(element: XmlElement, shape: Shape, path: string, problems: string[]): void {
  const checks = shape.attrs ?? {};
  for (const [name, check] of Object.entries(checks)) {
    const problem = check(element.attrs[name]);
    if (problem) problems.push(`${path} @${name} ${problem}.`);
  }
  for (const name of Object.keys(element.attrs)) {
    const known = name in checks || name.startsWith('xmlns') || (name === 'xsi:type' && shape.type !== undefined);
    if (!known) problems.push(`${path} has an attribute Outlook does not expect: ${name}.`);
  }
}

/** Children in the schema's order: each required one present, none repeated unless it may be, nothing unknown. */
function checkChildren(element: XmlElement, shapes: readonly Shape[], path: string, problems: string[]): void {
  const seen = new Set<Shape>();
  let at = 0;
  const missing = (shape: Shape) =>
    `${path} is missing <${shape.name}${shape.type ? ` xsi:type="${shape.type}"` : ''}>.`;
  for (const child of element.children) {
    const index = shapes.findIndex((shape, i) => i >= at && matches(shape, child));
    if (index < 0) {
      const early = shapes.some((shape) => matches(shape, child));
      problems.push(`${path}/${label(child)} is ${early ? 'out of order' : 'not an element Outlook expects here'}.`);
      continue;
    }
    for (const skipped of shapes.slice(at, index))
      if (!skipped.optional && !seen.has(skipped)) problems.push(missing(skipped));
    const shape = shapes[index]!;
    if (seen.has(shape) && !shape.many) problems.push(`${path}/${label(child)} appears more than once.`);
    seen.add(shape);
    at = index;
    checkElement(child, shape, `${path}/${label(child)}`, problems);
  }
  for (const shape of shapes.slice(at)) if (!shape.optional && !seen.has(shape)) problems.push(missing(shape));
}

function checkElement(element: XmlElement, shape: Shape, path: string, problems: string[]): void {
  checkAttributes(element, shape, path, problems);
  if (shape.text) {
    const problem = shape.text(element.text);
    if (problem) problems.push(`${path} ${problem}.`);
  }
  checkChildren(element, shape.children ?? [], path, problems);
}

type ParsedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function toElement(node: ParsedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
  if (name === undefined) return undefined;
  const content = (node[name] as ParsedNode[]) ?? [];
  return {
    name,
    attrs: node[':@'] ?? {},
    children: content.map(toElement).filter((e): e is XmlElement => e !== undefined),
    text: content
      .map((c) => c['#text'])
      .filter((t) => t !== undefined)
      .join('')
      .trim(),
  };
}

/** Parses the manifest; a document that is not well-formed XML is a problem with its line, not a crash. */
export function parseXml(text: string): { root?: XmlElement; problems: string[] } {
  const wellFormed = XMLValidator.validate(text);
  if (wellFormed !== true)
    return { problems: [`It is not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line}).`] };
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    processEntities: true,
    trimValues: true,
  });
  const nodes = (parser.parse(text) as ParsedNode[]).map(toElement).filter((e) => e !== undefined);
  if (nodes.length !== 1 || !matches(OFFICE_APP, nodes[0]!))
    return { problems: ['Its root must be one <OfficeApp xsi:type="MailApp"> element.'] };
  return { root: nodes[0], problems: [] };
}

/** Every element with `name`, depth first. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  return [...(root.name === name ? [root] : []), ...root.children.flatMap((child) => findAll(child, name))];
}

const RESOURCE_KIND: Readonly<Record<string, string>> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

/** Each resid names a resource of the right kind; each resource id is unique and used. */
function checkResourceIds(root: XmlElement, problems: string[]): void {
  const resources = findAll(root, 'Resources')[0];
  const kindOf = new Map<string, string>();
  for (const list of resources?.children ?? [])
    for (const item of list.children) {
      const id = item.attrs.id ?? '';
      if (kindOf.has(id)) problems.push(`The resource id "${id}" is used twice.`);
      kindOf.set(id, list.name);
    }
  const used = new Set<string>();
  const visit = (element: XmlElement) => {
    const id = element.attrs.resid;
    if (id !== undefined) {
      used.add(id);
      const expected = RESOURCE_KIND[element.name];
      if (kindOf.get(id) !== expected)
        problems.push(`<${element.name} resid="${id}"> needs an entry in <${expected}>.`);
    }
    element.children.forEach(visit);
  };
  visit(root);
  for (const id of kindOf.keys()) if (!used.has(id)) problems.push(`The resource "${id}" is not used.`);
}

/** Problems with the XML manifest's structure; none means Outlook will read it. */
export function xmlManifestProblems(text: string): { root?: XmlElement; problems: string[] } {
  const parsed = parseXml(text);
  if (!parsed.root) return parsed;
  const problems: string[] = [];
  checkElement(parsed.root, OFFICE_APP, 'OfficeApp', problems);
  checkResourceIds(parsed.root, problems);
  return { root: parsed.root, problems };
}
