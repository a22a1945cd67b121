<?php
/**
 * Plugin Name:       Netzwerk-Matrix
 * Description:       Which German cities and organisations belong to which crime-prevention networks, with sources: an accessible, filterable matrix as a block and as the shortcode [netzwerk_matrix]. Runs in the visitor's browser; no external requests, no cookies.
 * Version:           {{VERSION}}
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       netzwerk-matrix
 * Domain Path:       /languages
 *
 * @package NetzwerkMatrix
 */

defined( 'ABSPATH' ) || exit;

define( 'NETZWERK_MATRIX_VERSION', '{{VERSION}}' );
define( 'NETZWERK_MATRIX_FILE', __FILE__ );
define( 'NETZWERK_MATRIX_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/data.php';
require_once __DIR__ . '/includes/table.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'netzwerk-matrix', false, dirname( plugin_basename( NETZWERK_MATRIX_FILE ) ) . '/languages' );
		netzwerk_matrix_register();
	}
);
add_action( 'admin_menu', 'netzwerk_matrix_admin_menu' );
add_action( 'admin_post_netzwerk_matrix_upload', 'netzwerk_matrix_handle_upload' );
add_action( 'admin_post_netzwerk_matrix_publish', 'netzwerk_matrix_handle_publish' );
add_action( 'admin_post_netzwerk_matrix_discard', 'netzwerk_matrix_handle_discard' );
add_action( 'admin_post_netzwerk_matrix_reset', 'netzwerk_matrix_handle_reset' );
add_action( 'admin_enqueue_scripts', 'netzwerk_matrix_admin_assets' );
add_action( 'enqueue_block_editor_assets', 'netzwerk_matrix_editor_assets' );
add_filter( 'script_loader_tag', 'netzwerk_matrix_defer', 10, 2 );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'netzwerk_matrix_action_links' );
