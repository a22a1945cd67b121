<?php
/**
 * "Settings → Netzwerk-Matrix": an Administrator publishes the dataset
 * saved from the editor (redaktion.html), or returns to the built-in one.
 *
 * An upload is checked in two steps and reaches visitors only after both:
 * here in PHP for size and shape; then in the Administrator's browser by
 * the widget itself, with all of its rules, as a preview. Only a file that
 * passed both can be published. A refused file changes nothing.
 *
 * @package NetzwerkMatrix
 */

defined( 'ABSPATH' ) || exit;

const NETZWERK_MATRIX_PAGE = 'netzwerk-matrix';

/** The menu entry under Settings. */
function netzwerk_matrix_admin_menu() {
	add_options_page(
		__( 'Netzwerk-Matrix', 'netzwerk-matrix' ),
		__( 'Netzwerk-Matrix', 'netzwerk-matrix' ),
		'manage_options',
		NETZWERK_MATRIX_PAGE,
		'netzwerk_matrix_settings_page'
	);
}

/**
 * "Settings" beside the plugin in the plugin list.
 *
 * @param array $links The plugin's links.
 */
function netzwerk_matrix_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . NETZWERK_MATRIX_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'netzwerk-matrix' ) . '</a>' );
	return $links;
}

/**
 * The widget and the check's script, on the settings page only.
 *
 * @param string $hook The admin page's hook suffix.
 */
function netzwerk_matrix_admin_assets( $hook ) {
	if ( 'settings_page_' . NETZWERK_MATRIX_PAGE !== $hook ) {
		return;
	}
	wp_enqueue_script( NETZWERK_MATRIX_SCRIPT );
	wp_enqueue_script( 'netzwerk-matrix-admin', plugins_url( 'assets/admin.js', NETZWERK_MATRIX_FILE ), array(), NETZWERK_MATRIX_VERSION, true );
	wp_localize_script(
		'netzwerk-matrix-admin',
		'netzwerkMatrixAdmin',
		array(
			'passed' => __( 'Checked with the matrix\'s own rules: no problems. You can publish it now.', 'netzwerk-matrix' ),
			'failed' => __( 'The matrix found problems in this file (listed in the preview below). It cannot be published; visitors keep seeing the current data.', 'netzwerk-matrix' ),
			'broken' => __( 'The check could not run: the matrix did not start in this browser. The file cannot be published from here.', 'netzwerk-matrix' ),
		)
	);
}

/**
 * A message for the next view of the settings page, for this user.
 *
 * @param string $kind     "success" or "error".
 * @param string $text     The message.
 * @param array  $problems [path, message] pairs.
 */
function netzwerk_matrix_notice( $kind, $text, $problems = array() ) {
	set_transient(
		'netzwerk_matrix_notice_' . get_current_user_id(),
		array(
			'kind'     => $kind,
			'text'     => $text,
			'problems' => $problems,
		),
		600
	);
}

/** Back to the settings page. */
function netzwerk_matrix_back() {
	wp_safe_redirect( admin_url( 'options-general.php?page=' . NETZWERK_MATRIX_PAGE ) );
	exit;
}

/**
 * Only an Administrator, only from the settings page's own form.
 *
 * @param string $action The form's nonce action.
 */
function netzwerk_matrix_guard( $action ) {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change the Netzwerk-Matrix\'s data.', 'netzwerk-matrix' ), '', array( 'response' => 403 ) );
	}
	check_admin_referer( $action );
}

/**
 * A PHP size setting ("2M") in bytes.
 *
 * @param string $value The ini value.
 */
function netzwerk_matrix_ini_bytes( $value ) {
	$value = trim( (string) $value );
	$units = array(
		'k' => 1024,
		'm' => 1048576,
		'g' => 1073741824,
	);
	$unit  = strtolower( substr( $value, -1 ) );
	return (int) $value * ( $units[ $unit ] ?? 1 );
}

/** Step 1: the upload, checked for size and shape, kept as pending. */
function netzwerk_matrix_handle_upload() {
	// A request over post_max_size arrives without fields, nonce included.
	$post_max = ini_get( 'post_max_size' );
	if ( empty( $_POST ) && isset( $_SERVER['CONTENT_LENGTH'] ) && (int) $_SERVER['CONTENT_LENGTH'] > netzwerk_matrix_ini_bytes( $post_max ) ) {
		if ( current_user_can( 'manage_options' ) ) {
			/* translators: %s: the server's limit, e.g. 8M */
			netzwerk_matrix_notice( 'error', sprintf( __( 'The file is larger than this server accepts in one request (post_max_size = %s). Nothing was changed.', 'netzwerk-matrix' ), $post_max ) );
		}
		netzwerk_matrix_back();
	}
	netzwerk_matrix_guard( 'netzwerk_matrix_upload' );
	$file  = $_FILES['netzwerk_matrix_file'] ?? null; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- checked below, never used as a path.
	$error = is_array( $file ) && isset( $file['error'] ) ? (int) $file['error'] : UPLOAD_ERR_NO_FILE;
	if ( UPLOAD_ERR_INI_SIZE === $error || UPLOAD_ERR_FORM_SIZE === $error ) {
		/* translators: %s: the server's limit, e.g. 2M */
		netzwerk_matrix_notice( 'error', sprintf( __( 'The file is larger than this server accepts for uploads (upload_max_filesize = %s). Nothing was changed. Ask the server\'s administrator to raise the limit.', 'netzwerk-matrix' ), ini_get( 'upload_max_filesize' ) ) );
		netzwerk_matrix_back();
	}
	if ( UPLOAD_ERR_OK !== $error || ! is_uploaded_file( $file['tmp_name'] ) ) {
		netzwerk_matrix_notice( 'error', __( 'No file arrived. Choose the JSON file saved from the editor and try again.', 'netzwerk-matrix' ) );
		netzwerk_matrix_back();
	}
	$size = (int) filesize( $file['tmp_name'] );
	if ( $size > NETZWERK_MATRIX_MAX_SIZE ) {
		/* translators: %s: the file's size */
		netzwerk_matrix_notice( 'error', sprintf( __( 'The file has %s; a dataset may have at most 5 MB. Nothing was changed.', 'netzwerk-matrix' ), size_format( $size, 1 ) ) );
		netzwerk_matrix_back();
	}
	$text = (string) file_get_contents( $file['tmp_name'] );
	$data = json_decode( $text, true, 64 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's message */
		netzwerk_matrix_notice( 'error', sprintf( __( 'The file is not valid JSON (%s). Nothing was changed. Save the file again from the editor.', 'netzwerk-matrix' ), json_last_error_msg() ) );
		netzwerk_matrix_back();
	}
	$problems = netzwerk_matrix_shape_problems( $data );
	if ( array() !== $problems ) {
		netzwerk_matrix_notice( 'error', __( 'The file is not a Netzwerk-Matrix dataset. Nothing was changed. Its problems:', 'netzwerk-matrix' ), $problems );
		netzwerk_matrix_back();
	}
	netzwerk_matrix_drop( 'pending' );
	list( $dir ) = netzwerk_matrix_upload_dir();
	$state       = netzwerk_matrix_state();
	$sha         = hash( 'sha256', $text );
	$name = 'pruefung-' . substr( $sha, 0, 16 ) . '.json';
	if ( false === file_put_contents( $dir . '/' . $name, $text ) ) {
		netzwerk_matrix_notice( 'error', __( 'The file could not be stored in the uploads folder. Nothing was changed.', 'netzwerk-matrix' ) );
		netzwerk_matrix_back();
	}
	$state['pending'] = array(
		'file'     => $name,
		'sha256'   => $sha,
		'original' => sanitize_file_name( (string) $file['name'] ),
		'time'     => time(),
	) + netzwerk_matrix_describe( $data );
	netzwerk_matrix_save_state( $state );
	netzwerk_matrix_back();
}

/** Step 3: publish the pending file once the browser's check passed. */
function netzwerk_matrix_handle_publish() {
	netzwerk_matrix_guard( 'netzwerk_matrix_publish' );
	$state   = netzwerk_matrix_state();
	$pending = $state['pending'];
	$checked = isset( $_POST['checked'] ) ? sanitize_text_field( wp_unslash( $_POST['checked'] ) ) : '';
	if ( null === $pending || ! hash_equals( $pending['sha256'], $checked ) ) {
		netzwerk_matrix_notice( 'error', __( 'This file has not passed the check. Nothing was changed.', 'netzwerk-matrix' ) );
		netzwerk_matrix_back();
	}
	list( $dir ) = netzwerk_matrix_upload_dir();
	$live_name   = 'daten-' . substr( $pending['sha256'], 0, 16 ) . '.json';
	if ( ! rename( $dir . '/' . basename( $pending['file'] ), $dir . '/' . $live_name ) ) {
		netzwerk_matrix_notice( 'error', __( 'The file could not be published. Nothing was changed.', 'netzwerk-matrix' ) );
		netzwerk_matrix_back();
	}
	if ( null !== $state['live'] && $state['live']['file'] !== $live_name ) {
		wp_delete_file( $dir . '/' . basename( $state['live']['file'] ) );
	}
	$state['live']    = array( 'file' => $live_name ) + $pending;
	$state['pending'] = null;
	netzwerk_matrix_save_state( $state );
	/* translators: %s: the dataset's title */
	netzwerk_matrix_notice( 'success', sprintf( __( 'Published: visitors now see "%s".', 'netzwerk-matrix' ), $pending['title'] ) );
	netzwerk_matrix_back();
}

/**
 * Forgets the pending or the published upload, its file included.
 *
 * @param string $which "pending" or "live".
 */
function netzwerk_matrix_drop( $which ) {
	$state = netzwerk_matrix_state();
	if ( null !== $state[ $which ] ) {
		list( $dir ) = netzwerk_matrix_upload_dir();
		wp_delete_file( $dir . '/' . basename( $state[ $which ]['file'] ) );
		$state[ $which ] = null;
		netzwerk_matrix_save_state( $state );
	}
}

/** Drops the pending file. */
function netzwerk_matrix_handle_discard() {
	netzwerk_matrix_guard( 'netzwerk_matrix_discard' );
	netzwerk_matrix_drop( 'pending' );
	netzwerk_matrix_notice( 'success', __( 'The file was discarded. Nothing was changed.', 'netzwerk-matrix' ) );
	netzwerk_matrix_back();
}

/** Back to the built-in data. */
function netzwerk_matrix_handle_reset() {
	netzwerk_matrix_guard( 'netzwerk_matrix_reset' );
	netzwerk_matrix_drop( 'live' );
	netzwerk_matrix_notice( 'success', __( 'Visitors now see the built-in data again.', 'netzwerk-matrix' ) );
	netzwerk_matrix_back();
}

/**
 * A form that posts one action to admin-post.php.
 *
 * @param string $action The action, also the nonce's.
 * @param string $inner  The form's fields and button (already escaped).
 * @param string $extra  Further attributes of the form.
 */
function netzwerk_matrix_form( $action, $inner, $extra = '' ) {
	return '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"' . $extra . '>'
		. '<input type="hidden" name="action" value="' . esc_attr( $action ) . '">'
		. wp_nonce_field( $action, '_wpnonce', true, false )
		. $inner . '</form>';
}

/**
 * The counts of a dataset as a definition list.
 *
 * @param array $d As netzwerk_matrix_describe() returns it.
 */
function netzwerk_matrix_summary( $d ) {
	$rows = array(
		__( 'Title', 'netzwerk-matrix' )       => $d['title'],
		__( 'As of', 'netzwerk-matrix' )       => $d['stand'],
		__( 'Members', 'netzwerk-matrix' )     => number_format_i18n( $d['members'] ),
		__( 'Networks', 'netzwerk-matrix' )    => number_format_i18n( $d['networks'] ),
		__( 'Memberships', 'netzwerk-matrix' ) => number_format_i18n( $d['memberships'] ),
		__( 'Sources', 'netzwerk-matrix' )     => number_format_i18n( $d['sources'] ),
	);
	$html = '<dl class="nm-admin-facts">';
	foreach ( $rows as $k => $v ) {
		$html .= '<dt>' . esc_html( $k ) . '</dt><dd>' . esc_html( (string) $v ) . '</dd>';
	}
	return $html . '</dl>';
}

/** The settings page. */
function netzwerk_matrix_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$state  = netzwerk_matrix_state();
	$notice = get_transient( 'netzwerk_matrix_notice_' . get_current_user_id() );
	delete_transient( 'netzwerk_matrix_notice_' . get_current_user_id() );
	$live    = $state['live'];
	$current = null === $live ? netzwerk_matrix_describe( netzwerk_matrix_builtin() ) : $live;
	$limit   = min( netzwerk_matrix_ini_bytes( ini_get( 'upload_max_filesize' ) ), netzwerk_matrix_ini_bytes( ini_get( 'post_max_size' ) ), NETZWERK_MATRIX_MAX_SIZE );

	echo '<div class="wrap"><h1>' . esc_html__( 'Netzwerk-Matrix', 'netzwerk-matrix' ) . '</h1>';
	if ( is_array( $notice ) ) {
		$role = 'error' === $notice['kind'] ? 'alert' : 'status';
		echo '<div class="notice notice-' . esc_attr( $notice['kind'] ) . '" role="' . esc_attr( $role ) . '" id="netzwerk-matrix-notice"><p>' . esc_html( $notice['text'] ) . '</p>';
		if ( array() !== $notice['problems'] ) {
			echo '<ul>';
			foreach ( $notice['problems'] as $p ) {
				echo '<li><code>' . esc_html( $p[0] ) . '</code>: ' . esc_html( $p[1] ) . '</li>';
			}
			echo '</ul>';
		}
		echo '</div>';
	}
	echo '<p>' . esc_html__( 'Pages show the matrix with the block "Netzwerk-Matrix" or the shortcode [netzwerk_matrix], e.g. [netzwerk_matrix member="augsburg"]. Every role that can write posts can place it.', 'netzwerk-matrix' ) . '</p>';

	echo '<h2>' . esc_html__( 'Data visitors see now', 'netzwerk-matrix' ) . '</h2>';
	echo '<p id="netzwerk-matrix-current">' . esc_html( null === $live ? __( 'The built-in data of this plugin version.', 'netzwerk-matrix' ) : __( 'Your own uploaded data.', 'netzwerk-matrix' ) ) . '</p>';
	echo netzwerk_matrix_summary( $current ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside.
	if ( null !== $live ) {
		echo netzwerk_matrix_form( 'netzwerk_matrix_reset', '<p><button type="submit" class="button">' . esc_html__( 'Return to the built-in data', 'netzwerk-matrix' ) . '</button></p>' ); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
	}

	$pending = $state['pending'];
	if ( null !== $pending ) {
		echo '<h2>' . esc_html__( 'Uploaded file: check', 'netzwerk-matrix' ) . '</h2>';
		echo netzwerk_matrix_summary( $pending ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside.
		echo '<p id="netzwerk-matrix-check" role="status" aria-live="polite" aria-busy="true">' . esc_html__( 'The matrix checks the file with all of its rules …', 'netzwerk-matrix' ) . '</p>';
		echo '<noscript><p>' . esc_html__( 'The check runs in the browser and needs JavaScript. Without it the file cannot be published.', 'netzwerk-matrix' ) . '</p></noscript>';
		$publish = '<input type="hidden" name="checked" value="" id="netzwerk-matrix-checked">'
			. '<button type="submit" class="button button-primary" id="netzwerk-matrix-publish" disabled>' . esc_html__( 'Publish this data', 'netzwerk-matrix' ) . '</button>';
		echo netzwerk_matrix_form( 'netzwerk_matrix_publish', '<p>' . $publish . '</p>', ' data-sha256="' . esc_attr( $pending['sha256'] ) . '" id="netzwerk-matrix-publish-form"' ); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
		echo netzwerk_matrix_form( 'netzwerk_matrix_discard', '<p><button type="submit" class="button">' . esc_html__( 'Discard this file', 'netzwerk-matrix' ) . '</button></p>' ); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
		echo '<h3>' . esc_html__( 'Preview', 'netzwerk-matrix' ) . '</h3>';
		echo '<div data-netzwerk-matrix id="netzwerk-matrix-preview" data-lang="' . esc_attr( netzwerk_matrix_lang( array() ) ) . '" data-src="' . esc_url( netzwerk_matrix_file_url( $pending ) ) . '"></div>';
	}

	echo '<h2>' . esc_html__( 'Publish your own data', 'netzwerk-matrix' ) . '</h2>';
	echo '<p>' . esc_html__( 'Change the data in the editor redaktion.html (in the release archive), save it as JSON ("JSON herunterladen") and upload that file here. It is checked first; visitors see it only after you publish it.', 'netzwerk-matrix' ) . '</p>';
	/* translators: %s: the largest file size, e.g. 2 MB */
	$label  = sprintf( __( 'Dataset (JSON, at most %s on this server)', 'netzwerk-matrix' ), size_format( $limit ) );
	$fields = '<p><label for="netzwerk-matrix-file">' . esc_html( $label ) . '</label><br>'
		. '<input type="file" name="netzwerk_matrix_file" id="netzwerk-matrix-file" accept=".json,application/json" required></p>'
		. '<p><button type="submit" class="button button-primary">' . esc_html__( 'Upload and check', 'netzwerk-matrix' ) . '</button></p>';
	echo netzwerk_matrix_form( 'netzwerk_matrix_upload', $fields, ' enctype="multipart/form-data"' ); // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts.
	echo '</div>';
}
