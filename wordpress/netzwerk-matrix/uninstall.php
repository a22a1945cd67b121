<?php
/**
 * Deleting the plugin removes what it stored: its option, the settings
 * page's messages and the uploaded datasets.
 *
 * @package NetzwerkMatrix
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'netzwerk_matrix' );
global $wpdb;
$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_netzwerk\\_matrix\\_notice\\_%' OR option_name LIKE '\\_transient\\_timeout\\_netzwerk\\_matrix\\_notice\\_%'" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery

$netzwerk_matrix_uploads = wp_upload_dir( null, false );
$netzwerk_matrix_dir     = trailingslashit( $netzwerk_matrix_uploads['basedir'] ) . 'netzwerk-matrix';
if ( is_dir( $netzwerk_matrix_dir ) ) {
	foreach ( (array) glob( $netzwerk_matrix_dir . '/*' ) as $netzwerk_matrix_file ) {
		if ( is_file( $netzwerk_matrix_file ) ) {
			wp_delete_file( $netzwerk_matrix_file );
		}
	}
	rmdir( $netzwerk_matrix_dir );
}
