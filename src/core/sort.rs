//! The order of the matrix's rows: by name or by number of memberships,
//! either way.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortKey {
    #[default]
    Name,
    /// Number of memberships in the shown columns.
    Count,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Direction {
    #[default]
    Ascending,
    Descending,
}

impl Direction {
    pub fn flip(self) -> Direction {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Sort {
    pub key: SortKey,
    pub direction: Direction,
}

impl Sort {
    /// The sort after activating the header of `key`: a new key starts in
    /// its natural direction (names A–Z, counts largest first), the same key
    /// flips.
    pub fn toggled(self, key: SortKey) -> Sort {
        if self.key == key {
            Sort {
                key,
                direction: self.direction.flip(),
            }
        } else {
            let direction = match key {
                SortKey::Name => Direction::Ascending,
                SortKey::Count => Direction::Descending,
            };
            Sort { key, direction }
        }
    }

    pub fn key_str(self) -> &'static str {
        match (self.key, self.direction) {
            (SortKey::Name, Direction::Ascending) => "name",
            (SortKey::Name, Direction::Descending) => "name-desc",
            (SortKey::Count, Direction::Descending) => "count",
            (SortKey::Count, Direction::Ascending) => "count-asc",
        }
    }

    pub fn from_key(s: &str) -> Option<Sort> {
        let (key, direction) = match s {
            "name" => (SortKey::Name, Direction::Ascending),
            "name-desc" => (SortKey::Name, Direction::Descending),
            "count" => (SortKey::Count, Direction::Descending),
            "count-asc" => (SortKey::Count, Direction::Ascending),
            _ => return None,
        };
        Some(Sort { key, direction })
    }
}
