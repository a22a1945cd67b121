//! `netzwerk-matrix-synth`: a deterministic synthetic dataset at national
//! scale, for benchmarks. Invented names and facts; never to be published.
//!
//! ```text
//! netzwerk-matrix-synth --members 11000 --networks 30 --seed 1 > bench/data/synth-11000x30.json
//! ```
//!
//! The shape follows the real data: most municipalities in no network or
//! one or two, a few in many; umlauts, long names, the same name in several
//! states; roles, years and one source per network.

use std::process::ExitCode;

use netzwerk_matrix::core::model::{
    Dataset, Evidence, Member, MemberKind, Membership, Network, NetworkKind, QuoteKind, Role,
    Source,
};
use netzwerk_matrix::core::rng::Rng;
use netzwerk_matrix::core::table::slug;

const STATES: [&str; 16] = [
    "Baden-Württemberg",
    "Bayern",
    "Berlin",
    "Brandenburg",
    "Bremen",
    "Hamburg",
    "Hessen",
    "Mecklenburg-Vorpommern",
    "Niedersachsen",
    "Nordrhein-Westfalen",
    "Rheinland-Pfalz",
    "Saarland",
    "Sachsen",
    "Sachsen-Anhalt",
    "Schleswig-Holstein",
    "Thüringen",
];
const PREFIXES: [&str; 12] = [
    "", "", "", "", "Bad ", "Neu", "Alt", "Ober", "Unter", "Groß ", "Klein ", "Sankt ",
];
const ROOTS: [&str; 24] = [
    "Wittels", "Kirch", "Mühl", "Rosen", "Eich", "Lind", "Sonnen", "Hohen", "Schön", "Grün",
    "Weiß", "Roth", "Lauter", "Öster", "Düssel", "Königs", "Fürsten", "Märk", "Bär", "Füssen",
    "Lüding", "Großen", "Wolfs", "Ahr",
];
const ENDINGS: [&str; 16] = [
    "berg", "bach", "feld", "hausen", "heim", "dorf", "stadt", "brück", "wald", "au", "see",
    "furt", "rode", "hagen", "ingen", "büttel",
];
const ADDITIONS: [&str; 10] = [
    "",
    "",
    "",
    "",
    "",
    " an der Donau",
    " im Breisgau",
    " am Main",
    " (Oberpfalz)",
    " in der Lüneburger Heide, Landkreis Südliche Weinstraße-Süd",
];

pub fn generate(members: usize, networks: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    let kinds = [
        NetworkKind::Network,
        NetworkKind::Forum,
        NetworkKind::Congress,
        NetworkKind::Foundation,
    ];
    let networks: Vec<Network> = (0..networks)
        .map(|i| Network {
            id: format!("netz-{}", i + 1),
            name: format!("Synthetisches Präventionsnetzwerk Nr. {}", i + 1),
            short: format!("N{}", i + 1),
            kind: kinds[i % kinds.len()],
            founded: Some(1990 + (i as i32 * 7) % 35),
            description: "Erfundenes Netzwerk für Messungen; keine echten Angaben.".into(),
            sources: vec![format!("liste-{}", i + 1)],
            regional: false,
            counts: Vec::new(),
        })
        .collect();
    let sources: Vec<Source> = networks
        .iter()
        .enumerate()
        .map(|(i, n)| Source {
            id: format!("liste-{}", i + 1),
            title: format!("Mitgliederliste {}", n.short),
            publisher: n.name.clone(),
            url: Some(format!("https://example.org/netzwerk-{}/mitglieder", i + 1)),
            date: Some(format!("20{:02}-{:02}", 20 + i % 6, 1 + i % 12)),
            note: None,
        })
        .collect();

    let mut out_members = Vec::with_capacity(members);
    let mut memberships = Vec::new();
    for i in 0..members {
        let name = format!(
            "{}{}{}{}",
            *rng.pick(&PREFIXES),
            *rng.pick(&ROOTS),
            *rng.pick(&ENDINGS),
            *rng.pick(&ADDITIONS)
        );
        let state = STATES[rng.below(STATES.len())];
        // Ids stay short (at most 64 characters) even for long names.
        let short: String = slug(&name).chars().take(40).collect();
        let id = format!("{}-{}", short.trim_end_matches('-'), i + 1);
        let kind = if rng.chance(3) {
            MemberKind::District
        } else {
            MemberKind::City
        };
        // Most municipalities are in no network or one or two; a few in many.
        let count = match rng.below(100) {
            0..=54 => 0,
            55..=84 => 1,
            85..=94 => 2,
            95..=98 => 3 + rng.below(3),
            _ => 6 + rng.below(networks.len().max(7) - 6),
        }
        .min(networks.len());
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < count {
            // Popular networks first: the square skews toward low indices.
            let r = rng.below(networks.len());
            let n = r * rng.below(networks.len()) / networks.len().max(1);
            if !chosen.contains(&n) {
                chosen.push(n);
            }
        }
        chosen.sort_unstable();
        for n in chosen {
            let role = match rng.below(20) {
                0..=1 => Role::FoundingMember,
                2..=13 => Role::Member,
                14..=17 => Role::Partner,
                18 => Role::Cooperation,
                _ => Role::NotMember,
            };
            let since = (role != Role::NotMember && rng.chance(70))
                .then(|| networks[n].founded.unwrap_or(1995) + rng.below(20) as i32)
                .map(|y| y.min(2026));
            memberships.push(Membership {
                member: id.clone(),
                network: networks[n].id.clone(),
                role,
                since,
                until: None,
                since_inferred: false,
                inferred: rng.chance(5),
                note: None,
                evidence: vec![Evidence {
                    source: sources[n].id.clone(),
                    quote: format!("{name} ({state}) steht in der Mitgliederliste."),
                    kind: QuoteKind::Paraphrase,
                    conflicting: false,
                }],
            });
        }
        out_members.push(Member {
            id,
            name,
            kind,
            aliases: Vec::new(),
            region: Some(state.to_string()),
            lat: None,
            lon: None,
            place_note: None,
        });
    }
    Dataset {
        schema: None,
        title: format!(
            "Synthetische Daten: {} Mitglieder × {} Netzwerke",
            members,
            networks.len()
        ),
        stand: "2026-11".into(),
        license: None,
        networks,
        members: out_members,
        memberships,
        hosts: Vec::new(),
        sources,
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |name: &str, default: u64| -> Result<u64, String> {
        match args.iter().position(|a| a == name) {
            None => Ok(default),
            Some(i) => args
                .get(i + 1)
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("{name} needs a number")),
        }
    };
    let parsed = (|| {
        Ok::<_, String>((
            get("--members", 1000)?,
            get("--networks", 30)?,
            get("--seed", 1)?,
        ))
    })();
    let (members, networks, seed) = match parsed {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{e}\nusage: netzwerk-matrix-synth [--members N] [--networks N] [--seed N]");
            return ExitCode::from(2);
        }
    };
    if networks == 0 || members == 0 {
        eprintln!("--members and --networks must be at least 1");
        return ExitCode::from(2);
    }
    let d = generate(members as usize, networks as usize, seed);
    match serde_json::to_string(&d) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
