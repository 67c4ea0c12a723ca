/// <reference types="office-js" />
// The yardstick for the card's start-up budget: the first screen of Microsoft's React task-pane template (the Office
// Yeoman generator's "Welcome": a header, a short list, a text box and a button), on React 18 and Fluent UI v9, with
// office.js in a blocking script tag as the template has it. Built by bench/web.bench.js exactly as the card's pages
// are (swc, production webpack) and timed the same way; the form label lets the bench's probe find its text box.
import { createRoot } from 'react-dom/client';
import { Button, Field, FluentProvider, Textarea, Title1, webLightTheme } from '@fluentui/react-components';

const FEATURES = [
  'Achieve more with Office integration',
  'Unlock features and functionality',
  'Create and visualise like a pro',
];

function Welcome() {
  return (
    <FluentProvider theme={webLightTheme}>
      <header>
        <Title1 as="h1">Welcome</Title1>
      </header>
      <main>
        <ul>
          {FEATURES.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
        <form aria-label="Referral" onSubmit={(e) => e.preventDefault()}>
          <Field label="Enter text to be inserted into the document.">
            <Textarea />
          </Field>
          <Button appearance="primary" type="submit">
            Insert text
          </Button>
        </form>
      </main>
    </FluentProvider>
  );
}

void Office.onReady(() => {
  const root = document.getElementById('container');
  if (root) createRoot(root).render(<Welcome />);
});
