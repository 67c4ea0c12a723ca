import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeFor } from '../../../src/ui/app/theme';

test('themeFor maps each host theme name to its Fluent theme, light for anything unknown', () => {
  expect(themeFor('light')).toBe(webLightTheme);
  expect(themeFor('dark')).toBe(webDarkTheme);
  expect(themeFor('contrast')).toBe(teamsHighContrastTheme);
  expect(themeFor('sepia' as never)).toBe(webLightTheme);
});
