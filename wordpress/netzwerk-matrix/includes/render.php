<?php
/**
 * The shortcode [netzwerk_matrix] and the block "Netzwerk-Matrix": both
 * print the same element, expanded when the page is rendered, so no
 * content filter ever sees its markup. The element holds the matrix as a
 * plain table, which the widget's script takes over.
 *
 * @package NetzwerkMatrix
 */

defined( 'ABSPATH' ) || exit;

const NETZWERK_MATRIX_SCRIPT = 'netzwerk-matrix';

/** Registers the script, the table's stylesheet, the shortcode and the block. */
function netzwerk_matrix_register() {
	$url = plugins_url( 'assets/', NETZWERK_MATRIX_FILE );
	wp_register_script( NETZWERK_MATRIX_SCRIPT, $url . 'netzwerk-matrix.js', array(), NETZWERK_MATRIX_VERSION, true );
	wp_register_style( 'netzwerk-matrix-table', $url . 'netzwerk-matrix-table.css', array(), NETZWERK_MATRIX_VERSION );
	add_shortcode( 'netzwerk_matrix', 'netzwerk_matrix_shortcode' );
	register_block_type( NETZWERK_MATRIX_DIR . '/block', array( 'render_callback' => 'netzwerk_matrix_block' ) );
}

/**
 * [netzwerk_matrix member="augsburg" lang="de" …]; `align` is "wide" (the
 * default), "full" or "none" (the theme's text column).
 *
 * @param array|string $atts Shortcode attributes.
 */
function netzwerk_matrix_shortcode( $atts ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$align = isset( $atts['align'] ) && in_array( $atts['align'], array( 'wide', 'full', 'none' ), true ) ? $atts['align'] : 'wide';
	$html  = netzwerk_matrix_render( $atts );
	// Wide by default, as the block: a theme's text column is narrow for a matrix.
	return 'none' === $align ? $html : '<div class="align' . esc_attr( $align ) . '">' . $html . '</div>';
}

/**
 * The block's server-side render.
 *
 * @param array $attributes Block attributes.
 */
function netzwerk_matrix_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$html       = netzwerk_matrix_render( $attributes );
	// WordPress writes the alignment class only for an alignment saved in
	// the post, not for the block's default (wide).
	$align = $attributes['align'] ?? 'wide';
	$extra = in_array( $align, array( 'wide', 'full' ), true ) ? array( 'class' => 'align' . $align ) : array();
	return '<div ' . get_block_wrapper_attributes( $extra ) . '>' . $html . '</div>';
}

/**
 * The element for the widget with its options, the published dataset and
 * the table inside; the script and the table's stylesheet are queued for
 * this page only.
 *
 * @param array $given Shortcode or block attributes.
 */
function netzwerk_matrix_render( $given ) {
	$options = netzwerk_matrix_clean_options( $given );
	// In the block editor's preview the matrix keeps nothing in the editor's address.
	if ( defined( 'REST_REQUEST' ) && REST_REQUEST ) {
		unset( $options['url_state'] );
	}
	$options['lang'] = netzwerk_matrix_lang( $options );
	$specs           = netzwerk_matrix_option_specs();
	$attributes      = '';
	foreach ( $options as $key => $value ) {
		$attributes .= ' ' . $specs[ $key ][0] . '="' . esc_attr( $value ) . '"';
	}
	$live = netzwerk_matrix_state()['live'];
	if ( null === $live ) {
		$data = netzwerk_matrix_builtin();
	} else {
		$attributes .= ' data-src="' . esc_url( netzwerk_matrix_file_url( $live ) ) . '"';
		$data        = (int) $live['members'] * (int) $live['networks'] <= NETZWERK_MATRIX_TABLE_CELLS ? netzwerk_matrix_read_entry( $live ) : null;
	}
	wp_enqueue_script( NETZWERK_MATRIX_SCRIPT );
	wp_enqueue_style( 'netzwerk-matrix-table' );
	$members = null === $live ? 0 : (int) $live['members'];
	return '<div data-netzwerk-matrix' . $attributes . '>' . netzwerk_matrix_table( $data, $options, $members ) . '</div>';
}

/**
 * The widget's script loads deferred (WordPress 6.1 has no loading
 * strategy for scripts yet).
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 */
function netzwerk_matrix_defer( $tag, $handle ) {
	if ( NETZWERK_MATRIX_SCRIPT !== $handle || str_contains( $tag, ' defer' ) ) {
		return $tag;
	}
	return str_replace( ' src=', ' defer src=', $tag );
}

/** The block editor: the block's options, and the widget so its preview is live. */
function netzwerk_matrix_editor_assets() {
	wp_enqueue_script( NETZWERK_MATRIX_SCRIPT );
	wp_enqueue_style( 'netzwerk-matrix-table' );
	$data    = netzwerk_matrix_builtin();
	$live    = netzwerk_matrix_state()['live'];
	$members = array();
	$source  = null === $live ? $data : ( (int) $live['members'] <= 20000 ? netzwerk_matrix_read_entry( $live ) : null );
	if ( is_array( $source ) ) {
		foreach ( $source['members'] as $m ) {
			$members[] = array(
				'value' => $m['id'],
				'label' => $m['name'],
			);
		}
	}
	$texts = array(
		'title'        => __( 'Netzwerk-Matrix', 'netzwerk-matrix' ),
		'settings'     => __( 'Matrix', 'netzwerk-matrix' ),
		'member'       => __( 'Your city (member shown first)', 'netzwerk-matrix' ),
		'memberHelp'   => __( 'Its row comes first, with a sentence about its networks.', 'netzwerk-matrix' ),
		'none'         => __( '(none)', 'netzwerk-matrix' ),
		'partners'     => __( 'Only its partners', 'netzwerk-matrix' ),
		'lang'         => __( 'Language', 'netzwerk-matrix' ),
		'siteLang'     => __( 'Language of the site', 'netzwerk-matrix' ),
		'view'         => __( 'View at the start', 'netzwerk-matrix' ),
		'matrix'       => __( 'Matrix', 'netzwerk-matrix' ),
		'map'          => __( 'Map', 'netzwerk-matrix' ),
		'combinations' => __( 'Combinations', 'netzwerk-matrix' ),
		'networks'     => __( 'Preselected networks (ids, comma-separated)', 'netzwerk-matrix' ),
		'hide'         => __( 'Networks not shown (ids, comma-separated)', 'netzwerk-matrix' ),
		'mode'         => __( 'Members who belong to', 'netzwerk-matrix' ),
		'any'          => __( 'any of the chosen networks', 'netzwerk-matrix' ),
		'all'          => __( 'all chosen networks', 'netzwerk-matrix' ),
		'noneOf'       => __( 'none of the chosen networks', 'netzwerk-matrix' ),
		'exact'        => __( 'exactly the chosen networks', 'netzwerk-matrix' ),
		'sort'         => __( 'Order', 'netzwerk-matrix' ),
		'byName'       => __( 'by name, A–Z', 'netzwerk-matrix' ),
		'byNameDesc'   => __( 'by name, Z–A', 'netzwerk-matrix' ),
		'byCount'      => __( 'most networks first', 'netzwerk-matrix' ),
		'byCountAsc'   => __( 'fewest networks first', 'netzwerk-matrix' ),
		'year'         => __( 'As of year (e.g. 2017)', 'netzwerk-matrix' ),
		'hideEmpty'    => __( 'Hide rows and columns without facts', 'netzwerk-matrix' ),
		'urlState'     => __( 'Keep the selection in the link', 'netzwerk-matrix' ),
		'pageSize'     => __( 'Rows shown at once (1–1000, empty: automatic)', 'netzwerk-matrix' ),
	);
	wp_add_inline_script(
		generate_block_asset_handle( 'netzwerk-matrix/matrix', 'editorScript' ),
		'window.netzwerkMatrixBlock = ' . wp_json_encode(
			array(
				'texts'   => $texts,
				'members' => $members,
			)
		) . ';',
		'before'
	);
}
