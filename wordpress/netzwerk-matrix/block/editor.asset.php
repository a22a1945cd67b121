<?php
/**
 * The block editor script's dependencies (WordPress reads this file).
 *
 * @package NetzwerkMatrix
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
	'version'      => '{{VERSION}}',
);
