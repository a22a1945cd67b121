<?php
/**
 * The matrix as a plain HTML table: what a page shows before the widget's
 * script runs, and instead of it without JavaScript. Rows are members,
 * columns networks, each cell the member's role; the options that choose
 * rows and columns apply as in the widget.
 *
 * @package NetzwerkMatrix
 */

defined( 'ABSPATH' ) || exit;

/** Above this many cells the page says that the matrix needs JavaScript instead. */
const NETZWERK_MATRIX_TABLE_CELLS = 5000;

/**
 * The words of the table in the matrix's language (the data's own texts
 * stay as they are). They follow the `lang` option, as the widget's do.
 *
 * @param string $lang "de" or "en".
 * @return array<string, string>
 */
function netzwerk_matrix_words( $lang ) {
	if ( 'en' === $lang ) {
		return array(
			'founding_member' => 'founding member',
			'member'          => 'member',
			'partner'         => 'partner',
			'cooperation'     => 'cooperation',
			'not_member'      => 'not a member',
			'none'            => 'no information',
			'until'           => 'until %d',
			'host'            => 'host %s',
			'stand'           => '%1$s (as of %2$s)',
			'row'             => 'Member',
			'home'            => 'your city',
			'script'          => 'The interactive matrix with filters, map and sources needs JavaScript and WebAssembly.',
			'large'           => 'This dataset has %d members: too many for a table without JavaScript. The matrix needs JavaScript and WebAssembly.',
		);
	}
	return array(
		'founding_member' => 'Gründungsmitglied',
		'member'          => 'Mitglied',
		'partner'         => 'Partner',
		'cooperation'     => 'Kooperation',
		'not_member'      => 'kein Mitglied',
		'none'            => 'keine Angabe',
		'until'           => 'bis %d',
		'host'            => 'Gastgeber %s',
		'stand'           => '%1$s (Stand %2$s)',
		'row'             => 'Mitglied',
		'home'            => 'Ihre Stadt',
		'script'          => 'Die interaktive Matrix mit Filtern, Karte und Quellen braucht JavaScript und WebAssembly.',
		'large'           => 'Dieser Datensatz hat %d Mitglieder: zu viele für eine Tabelle ohne JavaScript. Die Matrix braucht JavaScript und WebAssembly.',
	);
}

/**
 * The table for `$data` under `$options`, or the sentence that replaces it
 * for a dataset too large to print.
 *
 * @param array|null            $data    The decoded dataset; null if it could not be read.
 * @param array<string, string> $options Checked options.
 * @param int                   $members Member count where $data is not decoded.
 */
function netzwerk_matrix_table( $data, $options, $members = 0 ) {
	$lang = netzwerk_matrix_lang( $options );
	$w    = netzwerk_matrix_words( $lang );
	if ( ! is_array( $data ) ) {
		$text = $members > 0 ? sprintf( $w['large'], $members ) : $w['script'];
		return '<p class="nm-fallback-note">' . esc_html( $text ) . '</p>';
	}
	$year     = isset( $options['year'] ) ? (int) $options['year'] : null;
	$hidden   = isset( $options['hide_networks'] ) ? explode( ',', $options['hide_networks'] ) : array();
	$chosen   = isset( $options['networks'] ) ? explode( ',', $options['networks'] ) : array();
	$networks = array();
	$folded   = array();
	foreach ( $data['networks'] as $n ) {
		if ( in_array( $n['id'], $hidden, true ) ) {
			continue;
		}
		// Regional networks are folded away until chosen, as in the widget.
		if ( ! empty( $n['regional'] ) && ! in_array( $n['id'], $chosen, true ) ) {
			$folded[] = $n['id'];
		} else {
			$networks[] = $n;
		}
	}
	$roles    = netzwerk_matrix_roles( $data['memberships'], $year );
	$hosts    = netzwerk_matrix_hosts( $data['hosts'] ?? array(), $year );
	$home     = $options['member'] ?? '';
	$rows     = netzwerk_matrix_rows( $data['members'], $networks, $folded, $roles, $hosts, $options );
	if ( isset( $options['hide_empty'] ) ) {
		$networks = array_values( array_filter( $networks, static fn( $n ) => netzwerk_matrix_column_used( $n['id'], $rows, $roles, $hosts ) ) );
	}
	if ( count( $rows ) * max( 1, count( $networks ) ) > NETZWERK_MATRIX_TABLE_CELLS ) {
		return '<p class="nm-fallback-note">' . esc_html( sprintf( $w['large'], count( $data['members'] ) ) ) . '</p>';
	}

	$html  = '<div class="nm-fallback" lang="' . esc_attr( $lang ) . '">';
	// Shown until the widget takes the element over, and for good without JavaScript.
	$html .= '<p class="nm-fallback-note">' . esc_html( $w['script'] ) . '</p>';
	$html .= '<div class="nm-fallback-scroll"><table>';
	$html .= '<caption>' . esc_html( sprintf( $w['stand'], $data['title'], $data['stand'] ) ) . '</caption>';
	$html .= '<thead><tr><th scope="col">' . esc_html( $w['row'] ) . '</th>';
	foreach ( $networks as $n ) {
		$short = isset( $n['short'] ) && is_string( $n['short'] ) && '' !== $n['short'] ? $n['short'] : $n['name'];
		$html .= '<th scope="col"><abbr title="' . esc_attr( $n['name'] ) . '">' . esc_html( $short ) . '</abbr></th>';
	}
	$html .= '</tr></thead><tbody>';
	foreach ( $rows as $m ) {
		$is_home = $m['id'] === $home;
		$html   .= $is_home ? '<tr class="nm-fallback-home">' : '<tr>';
		$name    = isset( $m['region'] ) && is_string( $m['region'] ) && '' !== $m['region'] ? $m['name'] . ' (' . $m['region'] . ')' : $m['name'];
		$html   .= '<th scope="row">' . esc_html( $name );
		if ( $is_home ) {
			$html .= ' <span class="nm-fallback-mark">(' . esc_html( $w['home'] ) . ')</span>';
		}
		$html .= '</th>';
		foreach ( $networks as $n ) {
			$role  = $roles[ $m['id'] ][ $n['id'] ] ?? null;
			$years = $hosts[ $m['id'] ][ $n['id'] ] ?? array();
			if ( null === $role && array() === $years ) {
				$html .= '<td class="nm-fallback-none"><span aria-hidden="true">–</span><span class="nm-fallback-sr">' . esc_html( $w['none'] ) . '</span></td>';
				continue;
			}
			$parts = array();
			if ( null !== $role ) {
				$parts[] = ( $w[ $role[0] ] ?? $role[0] ) . ( null !== $role[1] ? ' (' . sprintf( $w['until'], $role[1] ) . ')' : '' );
			}
			if ( array() !== $years ) {
				$parts[] = sprintf( $w['host'], implode( ', ', $years ) );
			}
			$html .= '<td>' . esc_html( implode( '; ', $parts ) ) . '</td>';
		}
		$html .= '</tr>';
	}
	return $html . '</tbody></table></div></div>';
}

/**
 * Member id => network id => [role, until or null]: the membership that
 * holds in `$year` (or, without a year, the one still running, else the
 * latest that ended).
 *
 * @param array    $memberships The dataset's memberships.
 * @param int|null $year        The chosen year.
 */
function netzwerk_matrix_roles( $memberships, $year ) {
	$roles = array();
	foreach ( $memberships as $ms ) {
		$since = isset( $ms['since'] ) && is_int( $ms['since'] ) ? $ms['since'] : null;
		$until = isset( $ms['until'] ) && is_int( $ms['until'] ) ? $ms['until'] : null;
		if ( null !== $year && ( ( null !== $since && $since > $year ) || ( null !== $until && $until < $year ) ) ) {
			continue;
		}
		$known = $roles[ $ms['member'] ][ $ms['network'] ] ?? null;
		// A running membership wins over an ended one, a later end over an earlier.
		if ( null === $known || ( null !== $known[1] && ( null === $until || $until > $known[1] ) ) ) {
			$roles[ $ms['member'] ][ $ms['network'] ] = array( $ms['role'], null === $year ? $until : null );
		}
	}
	return $roles;
}

/**
 * Member id => network id => the years it hosted the network's congress
 * (up to `$year`, where one is chosen).
 *
 * @param array    $hosts The dataset's hostings.
 * @param int|null $year  The chosen year.
 */
function netzwerk_matrix_hosts( $hosts, $year ) {
	$out = array();
	foreach ( $hosts as $h ) {
		if ( isset( $h['year'] ) && is_int( $h['year'] ) && ( null === $year || $h['year'] <= $year ) ) {
			$out[ $h['member'] ][ $h['network'] ][] = $h['year'];
		}
	}
	foreach ( $out as &$networks ) {
		foreach ( $networks as &$years ) {
			sort( $years );
		}
	}
	return $out;
}

/**
 * The rows the options choose, in the order they ask for, the page's own
 * member first.
 *
 * @param array                 $members  The dataset's members.
 * @param array                 $networks The shown networks.
 * @param string[]              $folded   The regional networks folded away.
 * @param array                 $roles    From netzwerk_matrix_roles().
 * @param array                 $hosts    From netzwerk_matrix_hosts().
 * @param array<string, string> $options  Checked options.
 */
function netzwerk_matrix_rows( $members, $networks, $folded, $roles, $hosts, $options ) {
	$belongs = static function ( $member, $network ) use ( $roles ) {
		$role = $roles[ $member ][ $network ] ?? null;
		return null !== $role && 'not_member' !== $role[0] && null === $role[1];
	};
	$shown   = array_column( $networks, 'id' );
	$chosen  = isset( $options['networks'] ) ? array_values( array_intersect( explode( ',', $options['networks'] ), $shown ) ) : array();
	$mode    = $options['mode'] ?? 'any';
	$home    = $options['member'] ?? '';
	$count   = static fn( $m ) => count( array_filter( $shown, static fn( $n ) => $belongs( $m['id'], $n ) ) );
	$partner = array();
	if ( '' !== $home && isset( $options['partners'] ) ) {
		foreach ( $shown as $n ) {
			if ( $belongs( $home, $n ) ) {
				foreach ( $members as $m ) {
					if ( $belongs( $m['id'], $n ) ) {
						$partner[ $m['id'] ] = true;
					}
				}
			}
		}
	}
	$rows = array();
	foreach ( $members as $m ) {
		if ( $m['id'] !== $home ) {
			if ( isset( $options['partners'] ) && '' !== $home && ! isset( $partner[ $m['id'] ] ) ) {
				continue;
			}
			if ( array() !== $chosen ) {
				$in = count( array_filter( $chosen, static fn( $n ) => $belongs( $m['id'], $n ) ) );
				$ok = match ( $mode ) {
					'all' => count( $chosen ) === $in,
					'none' => 0 === $in,
					'exact' => count( $chosen ) === $in && $count( $m ) === $in,
					default => $in > 0,
				};
				if ( ! $ok ) {
					continue;
				}
			}
			// Members known only from folded networks stay out, as in the widget.
			$facts = ( $roles[ $m['id'] ] ?? array() ) + ( $hosts[ $m['id'] ] ?? array() );
			$here  = array() !== array_intersect_key( $facts, array_flip( $shown ) );
			if ( ! $here && ( isset( $options['hide_empty'] ) || array() !== array_intersect_key( $facts, array_flip( $folded ) ) ) ) {
				continue;
			}
		}
		$rows[] = $m;
	}
	$sort = $options['sort'] ?? 'name';
	usort(
		$rows,
		static function ( $a, $b ) use ( $sort, $count, $home ) {
			if ( ( $a['id'] === $home ) !== ( $b['id'] === $home ) ) {
				return $a['id'] === $home ? -1 : 1;
			}
			$by_name = strcmp( strtolower( remove_accents( $a['name'] ) ), strtolower( remove_accents( $b['name'] ) ) );
			return match ( $sort ) {
				'name-desc' => -$by_name,
				'count' => ( $count( $b ) <=> $count( $a ) ) ?: $by_name,
				'count-asc' => ( $count( $a ) <=> $count( $b ) ) ?: $by_name,
				default => $by_name,
			};
		}
	);
	return $rows;
}

/**
 * Whether any shown row has a fact in the network's column.
 *
 * @param string $network The network's id.
 * @param array  $rows    The shown members.
 * @param array  $roles   From netzwerk_matrix_roles().
 * @param array  $hosts   From netzwerk_matrix_hosts().
 */
function netzwerk_matrix_column_used( $network, $rows, $roles, $hosts ) {
	foreach ( $rows as $m ) {
		if ( isset( $roles[ $m['id'] ][ $network ] ) || isset( $hosts[ $m['id'] ][ $network ] ) ) {
			return true;
		}
	}
	return false;
}
