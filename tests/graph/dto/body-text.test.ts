import { bodyText } from '../../../src/graph/dto';

test('an HTML body keeps its words and line breaks, not its markup, scripts or styles', () => {
  const html =
    '<html><head><style type="text/css">p{color:red}</style></head><body><p>Yes,&nbsp;she is at   school</p>' +
    '<script>alert(1)</script><p>Dad &amp; Mum &lt;both&gt; &quot;agree&quot; it&#39;s fine<br/>Call after 3</p></body></html>';
  expect(bodyText(html, 'HTML')).toBe('Yes, she is at school\nDad & Mum <both> "agree" it\'s fine\nCall after 3');
});

test('a text body is left as written, but for runs of spaces and blank edges', () => {
  expect(bodyText('  <b>not markup</b>\t here \r\n next line ', 'text')).toBe('<b>not markup</b> here\nnext line');
});
