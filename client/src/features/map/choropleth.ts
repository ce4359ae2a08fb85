import { suomifiDesignTokens } from 'suomifi-ui-components';
/** A class of the choropleth scale: counts from `min` to `max` (inclusive) share a colour. */
export interface ColourClass {
  min: number;
  max: number;
  colour: string;
}

const { colors } = suomifiDesignTokens;

/** No participation: light grey, told apart from the lightest blue by the border and the legend. */
export const ZERO_COLOUR = colors.depthLight3;

/**
 * Sequential blues from the suomi.fi highlight hue, light to dark, ending in the brand colour;
 * neighbouring classes differ by 11+ points of lightness (as ColorBrewer's Blues do), so the
 * scale also reads in greyscale and with colour vision deficiencies.
 */
const BLUES = [
  colors.highlightLight2,
  'hsl(212, 63%, 68%)',
  colors.highlightBase,
  'hsl(212, 63%, 34%)',
  colors.brandBase,
];

/**
 * Classes for counts 0..max: zero alone, then doubling ranges (1, 2–3, 4–7, 8–15, 16+); small
 * counts stay exact, and a few large counts do not wash out the rest.
 */
export function colourClasses(max: number): ColourClass[] {
  const classes: ColourClass[] = [{ min: 0, max: 0, colour: ZERO_COLOUR }];
  const ranges: Array<[number, number]> = [];
  for (let lo = 1; lo <= max; lo *= 2) {
    if (ranges.length === BLUES.length - 1) {
      ranges.push([lo, max]);
      break;
    }
    ranges.push([lo, Math.min(lo * 2 - 1, max)]);
  }
  const n = ranges.length;
  ranges.forEach(([min, hi], i) => {
    // Spread fewer classes over the whole scale, so that two classes are light and dark, not two lights.
    const index = n === 1 ? 2 : Math.round((i * (BLUES.length - 1)) / (n - 1));
    classes.push({ min, max: hi, colour: BLUES[index] });
  });
  return classes;
}

export function colourOf(classes: ColourClass[], value: number): string {
  return classes.find((c) => value >= c.min && value <= c.max)?.colour ?? classes[classes.length - 1].colour;
}
