<?php
/**
 * Creates and publishes a post as a given user, through WordPress's own
 * filters: with kses for every user without `unfiltered_html` (an Author),
 * as the editor's save would. Prints the post's id, address and the content
 * as stored. Usage: php post.php PORT LOGIN TITLE < content
 */

$port                        = (int) $argv[1];
$_SERVER['WORDPRESS_CONFIG'] = 'netzwerk-matrix-test';
$_SERVER['HTTP_HOST']        = '127.0.0.1:' . $port;
require '/usr/share/wordpress/wp-load.php';

$user = get_user_by( 'login', $argv[2] );
wp_set_current_user( $user->ID );
kses_init();
$id = wp_insert_post(
	array(
		'post_title'   => $argv[3],
		'post_content' => stream_get_contents( STDIN ),
		'post_status'  => 'publish',
		'post_author'  => $user->ID,
	),
	true
);
if ( is_wp_error( $id ) ) {
	fwrite( STDERR, $id->get_error_message() . "\n" );
	exit( 1 );
}
echo wp_json_encode(
	array(
		'id'      => $id,
		'url'     => get_permalink( $id ),
		'content' => get_post( $id )->post_content,
		'unfiltered_html' => current_user_can( 'unfiltered_html' ),
	)
);
