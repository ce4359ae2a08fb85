import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
// A hashed file beside the chunks, fetched only by the map: not part of any page's JavaScript.
// shared/data/municipalities-2021.geojson with coordinates rounded to 0.001° (about 100 m; one map
// pixel is over a kilometre): 160 kB instead of 190 kB.
import geoUrl from './municipalities-2021.geojson?url';

/** One municipality drawn in the map's own coordinates (the SVG viewBox). */
export interface Shape {
  code: string;
  nameFi: string;
  nameSv: string;
  /** SVG path data. */
  d: string;
  /** Centre of the shape, for the tooltip. */
  cx: number;
  cy: number;
}

export interface MapGeometry {
  width: number;
  height: number;
  shapes: Shape[];
}

type MunicipalityFeatures = FeatureCollection<
  Polygon | MultiPolygon,
  { code: string; name_fi: string; name_sv: string }
>;

/** Map width in SVG units; the height follows from Finland's shape. */
const WIDTH = 400;

/**
 * Projects the municipalities with a transverse Mercator on 27° E, the central meridian of
 * ETRS-TM35FIN, fitted to the given width: Finland as Finnish maps draw it.
 */
export function projectMunicipalities(fc: MunicipalityFeatures, width = WIDTH): MapGeometry {
  const projection = geoTransverseMercator().rotate([-27, 0]).fitWidth(width, fc);
  const path = geoPath(projection);
  const [[, y0], [, y1]] = path.bounds(fc);
  const round = (n: number) => Math.round(n * 10) / 10;
  const shapes = fc.features.map((f) => {
    const [cx, cy] = path.centroid(f);
    return {
      code: f.properties.code,
      nameFi: f.properties.name_fi,
      nameSv: f.properties.name_sv,
      d: path(f) ?? '',
      cx: round(cx),
      cy: round(cy),
    };
  });
  return { width, height: Math.ceil(y1 - Math.min(0, y0)), shapes };
}

let loading: Promise<MapGeometry> | undefined;

/** The projected borders, loaded once per page load (a failed load may be retried). */
export function loadMapGeometry(): Promise<MapGeometry> {
  loading ??= fetch(geoUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`GET ${geoUrl}: HTTP ${res.status}`);
      return res.json() as Promise<MunicipalityFeatures>;
    })
    .then((fc) => projectMunicipalities(fc))
    .catch((err: unknown) => {
      loading = undefined;
      throw err;
    });
  return loading;
}
