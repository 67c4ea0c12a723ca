import { makeStyles } from '@fluentui/react-components';

// A native select grows to its longest option (GFPO need categories are long): keep it inside a 320 px pane.
export const useSelectFieldStyles = makeStyles({
  root: { maxWidth: '100%', minWidth: 0 },
  select: { maxWidth: '100%', textOverflow: 'ellipsis' },
});
