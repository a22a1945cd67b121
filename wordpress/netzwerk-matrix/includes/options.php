<?php
/**
 * The widget's options as shortcode and block attributes: which there are,
 * how each value is checked, and the `data-*` attribute it becomes. A value
 * that fails its check is dropped, so the widget starts with its default.
 *
 * @package NetzwerkMatrix
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attribute => [data attribute, check]. The checks mirror what the widget
 * itself accepts (README, "Optionen").
 *
 * @return array<string, array{0: string, 1: callable}>
 */
function netzwerk_matrix_option_specs() {
	$id   = static fn( $v ) => (bool) preg_match( '/^[a-z0-9]+(-[a-z0-9]+)*$/', $v ) && strlen( $v ) <= 64;
	$ids  = static fn( $v ) => (bool) preg_match( '/^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*$/', $v ) && strlen( $v ) <= 2000;
	$one  = static fn( array $allowed ) => static fn( $v ) => in_array( $v, $allowed, true );
	$year = static fn( $v ) => (bool) preg_match( '/^(19|20)[0-9]{2}$/', $v );
	$size = static fn( $v ) => (bool) preg_match( '/^[0-9]{1,4}$/', $v ) && (int) $v >= 1 && (int) $v <= 1000;
	return array(
		'member'        => array( 'data-member', $id ),
		'partners'      => array( 'data-partners', $one( array( 'on' ) ) ),
		'lang'          => array( 'data-lang', $one( array( 'de', 'en' ) ) ),
		'theme'         => array( 'data-theme', $one( array( 'light', 'dark' ) ) ),
		'networks'      => array( 'data-networks', $ids ),
		'mode'          => array( 'data-mode', $one( array( 'any', 'all', 'none', 'exact' ) ) ),
		'view'          => array( 'data-view', $one( array( 'matrix', 'karte', 'kombinationen' ) ) ),
		'sort'          => array( 'data-sort', $one( array( 'name', 'name-desc', 'count', 'count-asc' ) ) ),
		'year'          => array( 'data-year', $year ),
		'hide_networks' => array( 'data-hide-networks', $ids ),
		'hide_empty'    => array( 'data-hide-empty', $one( array( 'on' ) ) ),
		'url_state'     => array( 'data-url-state', static fn( $v ) => 'on' === $v || $id( $v ) ),
		'page_size'     => array( 'data-page-size', $size ),
	);
}

/**
 * The checked options from shortcode or block attributes: attribute =>
 * value, only those given and valid. Booleans (from the block) become "on".
 *
 * @param array $given Raw attributes.
 * @return array<string, string>
 */
function netzwerk_matrix_clean_options( $given ) {
	$clean = array();
	foreach ( netzwerk_matrix_option_specs() as $key => $spec ) {
		if ( ! isset( $given[ $key ] ) ) {
			continue;
		}
		$value = $given[ $key ];
		if ( is_bool( $value ) ) {
			$value = $value ? 'on' : '';
		}
		if ( ! is_scalar( $value ) ) {
			continue;
		}
		$value = strtolower( trim( (string) $value ) );
		if ( in_array( $key, array( 'networks', 'hide_networks' ), true ) ) {
			$value = preg_replace( '/\s+/', '', $value );
		}
		if ( '' !== $value && ( $spec[1] )( $value ) ) {
			$clean[ $key ] = $value;
		}
	}
	return $clean;
}

/**
 * The language of the matrix: the option, else the site's language.
 *
 * @param array<string, string> $options Checked options.
 */
function netzwerk_matrix_lang( $options ) {
	if ( isset( $options['lang'] ) ) {
		return $options['lang'];
	}
	return 0 === strpos( determine_locale(), 'de' ) ? 'de' : 'en';
}
