// Style pieces that mean the same wherever they appear: spread them into a component's makeStyles.
import type { GriffelStyle } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-components';

/** Children stacked top to bottom, `gap` apart. */
export const column = (gap: string): GriffelStyle => ({ display: 'flex', flexDirection: 'column', gap });

/** A list without bullets or indent. */
export const bareList: GriffelStyle = { margin: 0, padding: 0, listStyleType: 'none' };

/** A list without bullets or indent, its items stacked `gap` apart. */
export const plainList = (gap: string): GriffelStyle => ({ ...bareList, ...column(gap) });

/** Items side by side, wrapping onto more lines in a narrow pane. */
export const wrappingRow = (columnGap: string, rowGap: string): GriffelStyle => ({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  columnGap,
  rowGap,
});

/** A heading at one of Fluent's type sizes, with no margin of its own. */
export const heading = (fontSize: string, lineHeight?: string): GriffelStyle => ({
  margin: 0,
  fontSize,
  ...(lineHeight ? { lineHeight } : {}),
  fontWeight: tokens.fontWeightSemibold,
});

/** A line of text with an icon before it; long words (service names, addresses) break rather than overflow. */
export const iconLine: GriffelStyle = {
  margin: 0,
  display: 'flex',
  alignItems: 'flex-start',
  columnGap: tokens.spacingHorizontalS,
  overflowWrap: 'anywhere',
};

/** A bordered card whose children stack `gap` apart. */
export const card = (gap: string): GriffelStyle => ({
  ...column(gap),
  padding: tokens.spacingHorizontalM,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
});

/** A whole-page message before the card starts (sign-in, start-up problems), centred in a readable width. */
export const startupPage = (gap: string): GriffelStyle => ({
  boxSizing: 'border-box',
  ...column(gap),
  maxWidth: '36rem',
  minHeight: '100vh',
  marginInline: 'auto',
  padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
});
