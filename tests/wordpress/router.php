<?php
/**
 * Router for PHP's built-in server in front of Debian's WordPress: selects
 * the test site's configuration, serves wp-content from the test site's
 * folder, runs WordPress's PHP files, and hands everything else to
 * index.php. Test use only (tests/wordpress/site.sh).
 */

$_SERVER['WORDPRESS_CONFIG'] = 'netzwerk-matrix-test';
$site = getenv( 'NETZWERK_MATRIX_SITE' );
$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( str_contains( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}

$types = array(
	'css'   => 'text/css',
	'js'    => 'text/javascript',
	'json'  => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'woff2' => 'font/woff2',
	'txt'   => 'text/plain',
);

if ( str_starts_with( $path, '/wp-content/' ) ) {
	$file = $site . '/wp-content/' . substr( $path, strlen( '/wp-content/' ) );
	if ( is_file( $file ) && ! str_ends_with( $file, '.php' ) ) {
		$ext = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
		header( 'Content-Type: ' . ( $types[ $ext ] ?? 'application/octet-stream' ) );
		header( 'Content-Length: ' . filesize( $file ) );
		readfile( $file );
		return true;
	}
	http_response_code( 404 );
	return true;
}

$file = '/usr/share/wordpress' . $path;
if ( is_dir( $file ) ) {
	$file = rtrim( $file, '/' ) . '/index.php';
	$path = rtrim( $path, '/' ) . '/index.php';
}
if ( is_file( $file ) && ! str_ends_with( $file, '.php' ) ) {
	return false;
}
if ( ! is_file( $file ) ) {
	$file = '/usr/share/wordpress/index.php';
	$path = '/index.php';
}
$_SERVER['SCRIPT_NAME']     = $path;
$_SERVER['PHP_SELF']        = $path;
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir( dirname( $file ) );
require $file;
return true;
