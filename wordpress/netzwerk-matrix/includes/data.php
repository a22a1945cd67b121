<?php
/**
 * The dataset the matrix shows: the one built into the widget, or one an
 * Administrator uploaded (settings page). Uploaded files live in
 * `wp-content/uploads/netzwerk-matrix/`; the option `netzwerk_matrix` says
 * which file is published and which one waits for its check.
 *
 * @package NetzwerkMatrix
 */

defined( 'ABSPATH' ) || exit;

const NETZWERK_MATRIX_OPTION   = 'netzwerk_matrix';
const NETZWERK_MATRIX_MAX_SIZE = 5242880; // 5 MB, as the widget's own limit for data-src.

/**
 * The stored state: 'live' and 'pending', each null or a description of
 * an uploaded file (file, sha256, title, stand, counts, time).
 *
 * @return array{live: ?array, pending: ?array}
 */
function netzwerk_matrix_state() {
	$state = get_option( NETZWERK_MATRIX_OPTION );
	$state = is_array( $state ) ? $state : array();
	return array(
		'live'    => isset( $state['live'] ) && is_array( $state['live'] ) ? $state['live'] : null,
		'pending' => isset( $state['pending'] ) && is_array( $state['pending'] ) ? $state['pending'] : null,
	);
}

/**
 * Stores the state.
 *
 * @param array $state As netzwerk_matrix_state() returns it.
 */
function netzwerk_matrix_save_state( $state ) {
	update_option( NETZWERK_MATRIX_OPTION, $state, true );
}

/**
 * The folder of uploaded datasets: [path, url], created on demand.
 *
 * @return array{0: string, 1: string}
 */
function netzwerk_matrix_upload_dir() {
	$uploads = wp_upload_dir( null, false );
	$dir     = trailingslashit( $uploads['basedir'] ) . 'netzwerk-matrix';
	if ( ! is_dir( $dir ) ) {
		wp_mkdir_p( $dir );
		// No listing of the folder on servers that would show one.
		file_put_contents( $dir . '/index.php', "<?php\n// Silence is golden.\n" );
	}
	return array( $dir, trailingslashit( $uploads['baseurl'] ) . 'netzwerk-matrix' );
}

/**
 * The address of an uploaded file, as the widget's `data-src`: a path on
 * this site, so it passes the widget's same-origin rule behind any proxy.
 *
 * @param array $entry A live or pending entry.
 */
function netzwerk_matrix_file_url( $entry ) {
	list( , $url ) = netzwerk_matrix_upload_dir();
	$path          = wp_parse_url( $url . '/' . $entry['file'], PHP_URL_PATH );
	return is_string( $path ) ? $path : $url . '/' . $entry['file'];
}

/**
 * The built-in dataset, as shipped with the plugin (the widget has the
 * same one compiled in).
 *
 * @return array|null
 */
function netzwerk_matrix_builtin() {
	static $data = null;
	if ( null === $data ) {
		$text = file_get_contents( NETZWERK_MATRIX_DIR . '/assets/netzwerke.json' );
		$data = is_string( $text ) ? json_decode( $text, true ) : null;
	}
	return is_array( $data ) ? $data : null;
}

/**
 * The published dataset's decoded content, or null for the built-in one.
 * Large datasets are not decoded for the page (see netzwerk_matrix_table).
 *
 * @param array $entry The live entry.
 * @return array|null
 */
function netzwerk_matrix_read_entry( $entry ) {
	list( $dir ) = netzwerk_matrix_upload_dir();
	$path        = $dir . '/' . basename( $entry['file'] );
	if ( ! is_readable( $path ) ) {
		return null;
	}
	$data = json_decode( (string) file_get_contents( $path ), true, 64 );
	return is_array( $data ) ? $data : null;
}

/**
 * Counts and headline of a dataset, for the settings page.
 *
 * @param array $data A decoded dataset of the right shape.
 */
function netzwerk_matrix_describe( $data ) {
	return array(
		'title'       => (string) $data['title'],
		'stand'       => (string) $data['stand'],
		'members'     => count( $data['members'] ),
		'networks'    => count( $data['networks'] ),
		'memberships' => count( $data['memberships'] ),
		'sources'     => count( $data['sources'] ),
	);
}

/**
 * The shape check of an uploaded dataset, in PHP: what the page can rely
 * on before the widget's own rules run in the browser. Returns problems as
 * [path, message], at most 20.
 *
 * @param mixed $data The decoded JSON.
 * @return array<int, array{0: string, 1: string}>
 */
function netzwerk_matrix_shape_problems( $data ) {
	$problems = array();
	$add      = static function ( $path, $message ) use ( &$problems ) {
		if ( count( $problems ) < 20 ) {
			$problems[] = array( $path, $message );
		}
	};
	if ( ! is_array( $data ) || ( array() !== $data && array_is_list( $data ) ) ) {
		$add( '$', __( 'The file must hold one JSON object (the dataset), not a list or a single value.', 'netzwerk-matrix' ) );
		return $problems;
	}
	foreach ( array( 'title', 'stand' ) as $key ) {
		if ( ! isset( $data[ $key ] ) || ! is_string( $data[ $key ] ) || '' === trim( $data[ $key ] ) ) {
			$add( $key, __( 'missing, or not a text', 'netzwerk-matrix' ) );
		}
	}
	$lists = array(
		'networks'    => array( 'id', 'name' ),
		'members'     => array( 'id', 'name' ),
		'memberships' => array( 'member', 'network', 'role' ),
		'sources'     => array( 'id', 'title' ),
		'hosts'       => array( 'member', 'network' ),
	);
	foreach ( $lists as $key => $fields ) {
		if ( ! isset( $data[ $key ] ) ) {
			if ( 'hosts' !== $key ) {
				$add( $key, __( 'missing: a list is expected', 'netzwerk-matrix' ) );
			}
			continue;
		}
		if ( ! is_array( $data[ $key ] ) || ! array_is_list( $data[ $key ] ) ) {
			$add( $key, __( 'not a list', 'netzwerk-matrix' ) );
			continue;
		}
		foreach ( $data[ $key ] as $i => $item ) {
			if ( ! is_array( $item ) || ( array() !== $item && array_is_list( $item ) ) ) {
				$add( "{$key}[{$i}]", __( 'not an object', 'netzwerk-matrix' ) );
				continue;
			}
			foreach ( $fields as $field ) {
				if ( ! isset( $item[ $field ] ) || ! is_string( $item[ $field ] ) ) {
					$add( "{$key}[{$i}].{$field}", __( 'missing, or not a text', 'netzwerk-matrix' ) );
				}
			}
		}
	}
	return $problems;
}
