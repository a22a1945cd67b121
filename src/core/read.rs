//! The dataset from its JSON text, with [`super::json::Reader`]: the same
//! file format as the model's serde form (`Dataset::to_canonical_json`
//! writes it; a test reads every fixture both ways and compares), without
//! serde's code in the widget.

use super::json::{JsonError, Reader};
use super::model::{
    Dataset, Degrees, Evidence, Hosting, License, Member, MemberKind, Membership, Network,
    NetworkKind, QuoteKind, Role, Source, StatedCount,
};

type Read<T> = Result<T, JsonError>;

/// Reads a whole dataset; nothing but white space may follow it.
pub fn dataset(text: &str) -> Read<Dataset> {
    let mut r = Reader::new(text);
    let d = read_dataset(&mut r)?;
    r.end()?;
    Ok(d)
}

/// One of an enum's variants, by the key the model gives it.
fn variant<T: Copy, const N: usize>(
    r: &mut Reader,
    all: [T; N],
    key: fn(T) -> &'static str,
) -> Read<T> {
    Ok(all[r.keyword(&all.map(key))?])
}

/// A required value, or the error that names it.
fn needed<T>(r: &Reader, value: Option<T>, key: &str) -> Read<T> {
    value.ok_or_else(|| r.missing(key))
}

fn read_dataset(r: &mut Reader) -> Read<Dataset> {
    const KEYS: [&str; 9] = [
        "$schema",
        "title",
        "stand",
        "license",
        "networks",
        "members",
        "memberships",
        "hosts",
        "sources",
    ];
    let (mut schema, mut title, mut stand, mut license) = (None, None, None, None);
    let (mut networks, mut members, mut memberships, mut hosts, mut sources) =
        (None, None, None, None, None);
    r.object(&KEYS, |r, key| {
        match key {
            0 => schema = r.optional(Reader::string)?,
            1 => title = Some(r.string()?),
            2 => stand = Some(r.string()?),
            3 => license = r.optional(read_license)?,
            4 => networks = Some(r.list(read_network)?),
            5 => members = Some(r.list(read_member)?),
            6 => memberships = Some(r.list(read_membership)?),
            7 => hosts = Some(r.list(read_hosting)?),
            _ => sources = Some(r.list(read_source)?),
        }
        Ok(())
    })?;
    Ok(Dataset {
        schema,
        title: needed(r, title, "title")?,
        stand: needed(r, stand, "stand")?,
        license,
        networks: needed(r, networks, "networks")?,
        members: needed(r, members, "members")?,
        memberships: needed(r, memberships, "memberships")?,
        hosts: hosts.unwrap_or_default(),
        sources: needed(r, sources, "sources")?,
    })
}

fn read_license(r: &mut Reader) -> Read<License> {
    let (mut name, mut url) = (None, None);
    r.object(&["name", "url"], |r, key| {
        match key {
            0 => name = Some(r.string()?),
            _ => url = r.optional(Reader::string)?,
        }
        Ok(())
    })?;
    Ok(License {
        name: needed(r, name, "name")?,
        url,
    })
}

fn read_network(r: &mut Reader) -> Read<Network> {
    const KEYS: [&str; 9] = [
        "id",
        "name",
        "short",
        "kind",
        "founded",
        "description",
        "sources",
        "regional",
        "counts",
    ];
    let (mut id, mut name, mut short, mut kind, mut description) = (None, None, None, None, None);
    let (mut founded, mut sources, mut regional) = (None, Vec::new(), false);
    let mut counts = Vec::new();
    r.object(&KEYS, |r, key| {
        match key {
            0 => id = Some(r.string()?),
            1 => name = Some(r.string()?),
            2 => short = Some(r.string()?),
            3 => kind = Some(variant(r, NetworkKind::ALL, NetworkKind::key)?),
            4 => founded = r.optional(Reader::integer)?,
            5 => description = Some(r.string()?),
            6 => sources = r.list(Reader::string)?,
            7 => regional = r.boolean()?,
            _ => counts = r.list(read_count)?,
        }
        Ok(())
    })?;
    Ok(Network {
        id: needed(r, id, "id")?,
        name: needed(r, name, "name")?,
        short: needed(r, short, "short")?,
        kind: needed(r, kind, "kind")?,
        founded,
        description: needed(r, description, "description")?,
        sources,
        regional,
        counts,
    })
}

fn read_count(r: &mut Reader) -> Read<StatedCount> {
    const KEYS: [&str; 5] = ["count", "more_than", "year", "source", "quote"];
    let (mut count, mut more_than, mut year) = (None, false, None);
    let (mut source, mut quote) = (None, None);
    r.object(&KEYS, |r, key| {
        match key {
            0 => {
                let n = r.integer()?;
                count = Some(
                    u32::try_from(n)
                        .map_err(|_| r.error(&format!("invalid value: {n}, expected a count")))?,
                );
            }
            1 => more_than = r.boolean()?,
            2 => year = r.optional(Reader::integer)?,
            3 => source = Some(r.string()?),
            _ => quote = Some(r.string()?),
        }
        Ok(())
    })?;
    Ok(StatedCount {
        count: needed(r, count, "count")?,
        more_than,
        year,
        source: needed(r, source, "source")?,
        quote: needed(r, quote, "quote")?,
    })
}

fn read_member(r: &mut Reader) -> Read<Member> {
    const KEYS: [&str; 8] = [
        "id",
        "name",
        "kind",
        "aliases",
        "region",
        "lat",
        "lon",
        "place_note",
    ];
    let (mut id, mut name, mut kind, mut aliases) = (None, None, None, Vec::new());
    let (mut region, mut lat, mut lon, mut place_note) = (None, None, None, None);
    r.object(&KEYS, |r, key| {
        match key {
            0 => id = Some(r.string()?),
            1 => name = Some(r.string()?),
            2 => kind = Some(variant(r, MemberKind::ALL, MemberKind::key)?),
            3 => aliases = r.list(Reader::string)?,
            4 => region = r.optional(Reader::string)?,
            5 => lat = r.optional(Reader::float)?.map(Degrees),
            6 => lon = r.optional(Reader::float)?.map(Degrees),
            _ => place_note = r.optional(Reader::string)?,
        }
        Ok(())
    })?;
    Ok(Member {
        id: needed(r, id, "id")?,
        name: needed(r, name, "name")?,
        kind: needed(r, kind, "kind")?,
        aliases,
        region,
        lat,
        lon,
        place_note,
    })
}

fn read_membership(r: &mut Reader) -> Read<Membership> {
    const KEYS: [&str; 9] = [
        "member",
        "network",
        "role",
        "since",
        "until",
        "since_inferred",
        "inferred",
        "note",
        "evidence",
    ];
    let (mut member, mut network, mut role, mut evidence) = (None, None, None, None);
    let (mut since, mut until, mut since_inferred, mut inferred, mut note) =
        (None, None, false, false, None);
    r.object(&KEYS, |r, key| {
        match key {
            0 => member = Some(r.string()?),
            1 => network = Some(r.string()?),
            2 => role = Some(variant(r, Role::ALL, Role::key)?),
            3 => since = r.optional(Reader::integer)?,
            4 => until = r.optional(Reader::integer)?,
            5 => since_inferred = r.boolean()?,
            6 => inferred = r.boolean()?,
            7 => note = r.optional(Reader::string)?,
            _ => evidence = Some(r.list(read_evidence)?),
        }
        Ok(())
    })?;
    Ok(Membership {
        member: needed(r, member, "member")?,
        network: needed(r, network, "network")?,
        role: needed(r, role, "role")?,
        since,
        until,
        since_inferred,
        inferred,
        note,
        evidence: needed(r, evidence, "evidence")?,
    })
}

fn read_evidence(r: &mut Reader) -> Read<Evidence> {
    const KEYS: [&str; 4] = ["source", "quote", "kind", "conflicting"];
    let (mut source, mut quote, mut kind, mut conflicting) =
        (None, None, QuoteKind::default(), false);
    r.object(&KEYS, |r, key| {
        match key {
            0 => source = Some(r.string()?),
            1 => quote = Some(r.string()?),
            2 => kind = variant(r, QuoteKind::ALL, QuoteKind::key)?,
            _ => conflicting = r.boolean()?,
        }
        Ok(())
    })?;
    Ok(Evidence {
        source: needed(r, source, "source")?,
        quote: needed(r, quote, "quote")?,
        kind,
        conflicting,
    })
}

fn read_hosting(r: &mut Reader) -> Read<Hosting> {
    const KEYS: [&str; 5] = ["member", "network", "year", "note", "evidence"];
    let (mut member, mut network, mut year, mut note, mut evidence) =
        (None, None, None, None, None);
    r.object(&KEYS, |r, key| {
        match key {
            0 => member = Some(r.string()?),
            1 => network = Some(r.string()?),
            2 => year = Some(r.integer()?),
            3 => note = r.optional(Reader::string)?,
            _ => evidence = Some(r.list(read_evidence)?),
        }
        Ok(())
    })?;
    Ok(Hosting {
        member: needed(r, member, "member")?,
        network: needed(r, network, "network")?,
        year: needed(r, year, "year")?,
        note,
        evidence: needed(r, evidence, "evidence")?,
    })
}

fn read_source(r: &mut Reader) -> Read<Source> {
    const KEYS: [&str; 6] = ["id", "title", "publisher", "url", "date", "note"];
    let (mut id, mut title, mut publisher) = (None, None, None);
    let (mut url, mut date, mut note) = (None, None, None);
    r.object(&KEYS, |r, key| {
        match key {
            0 => id = Some(r.string()?),
            1 => title = Some(r.string()?),
            2 => publisher = Some(r.string()?),
            3 => url = r.optional(Reader::string)?,
            4 => date = r.optional(Reader::string)?,
            _ => note = r.optional(Reader::string)?,
        }
        Ok(())
    })?;
    Ok(Source {
        id: needed(r, id, "id")?,
        title: needed(r, title, "title")?,
        publisher: needed(r, publisher, "publisher")?,
        url,
        date,
        note,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_data_reads_as_serde_reads_it_in_both_file_forms() {
        let compact = super::super::BUILT_IN_DATASET;
        let ours = dataset(compact).unwrap();
        let serde: Dataset = serde_json::from_str(compact).unwrap();
        assert_eq!(ours, serde);
        assert_eq!(dataset(&ours.to_canonical_json()).unwrap(), serde);
    }

    #[test]
    fn optional_lists_and_flags_default_and_a_missing_key_is_named() {
        let text = r#"{"title": "t", "stand": "2026", "networks": [], "members": [],
            "memberships": [], "sources": []}"#;
        let d = dataset(text).unwrap();
        assert!(d.hosts.is_empty() && d.schema.is_none());
        let e =
            dataset(r#"{"title": "t", "stand": "2026", "networks": [{"id": "x"}]}"#).unwrap_err();
        assert_eq!(e.path, "networks[0]");
        assert!(
            e.message.starts_with("missing field `name`"),
            "{}",
            e.message
        );
    }
}
