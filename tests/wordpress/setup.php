<?php
/**
 * Installs WordPress for the test site: the site in German, an
 * Administrator, an Editor and an Author (tests/wordpress/site.sh).
 */

$port                        = (int) $argv[1];
$_SERVER['WORDPRESS_CONFIG'] = 'netzwerk-matrix-test';
$_SERVER['HTTP_HOST']        = '127.0.0.1:' . $port;
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// No mail leaves the test site (Debian's PHP has no sendmail).
add_filter( 'pre_wp_mail', '__return_false' );

$result = wp_install( 'Stadt Beispiel', 'admin', 'admin@example.org', false, '', 'admin-passwort', 'de_DE' );
update_option( 'WPLANG', 'de_DE' );
// Avatars come from another server; the test site asks no other server.
update_option( 'show_avatars', 0 );
// The block editor's welcome guide stays closed, for every user.
$no_guide = static function ( $id ) {
	global $wpdb;
	update_user_meta(
		$id,
		$wpdb->get_blog_prefix() . 'persisted_preferences',
		array(
			'core/edit-post' => array( 'welcomeGuide' => false ),
			'_modified'      => gmdate( 'c' ),
		)
	);
};
$no_guide( 1 );
foreach ( array( 'redaktion' => 'editor', 'autorin' => 'author' ) as $login => $role ) {
	$id = wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $login . '-passwort',
			'user_email' => $login . '@example.org',
			'role'       => $role,
		)
	);
	$no_guide( $id );
}
