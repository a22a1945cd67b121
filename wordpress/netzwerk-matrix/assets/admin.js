/**
 * The settings page's check: the widget opens the uploaded file in the
 * preview with all of its rules. Its table means the file passed, its
 * error box (which lists each problem with its path) that it did not.
 * Only a passed file's "Publish" button is enabled.
 */
( function ( texts ) {
	'use strict';
	var host = document.getElementById( 'netzwerk-matrix-preview' );
	var form = document.getElementById( 'netzwerk-matrix-publish-form' );
	var status = document.getElementById( 'netzwerk-matrix-check' );
	if ( ! host || ! form || ! status ) {
		return;
	}
	var button = document.getElementById( 'netzwerk-matrix-publish' );
	var checked = document.getElementById( 'netzwerk-matrix-checked' );
	var done = false;

	function finish( text, passed ) {
		if ( done ) {
			return;
		}
		done = true;
		status.textContent = text;
		status.setAttribute( 'aria-busy', 'false' );
		if ( passed ) {
			checked.value = form.getAttribute( 'data-sha256' );
			button.disabled = false;
		}
	}

	function look() {
		var root = host.shadowRoot;
		if ( ! root ) {
			return;
		}
		if ( root.querySelector( '.nm-error' ) ) {
			finish( texts.failed, false );
		} else if ( root.querySelector( '.nm-table' ) ) {
			finish( texts.passed, true );
		}
	}

	var watch = new MutationObserver( look );
	function attach() {
		if ( host.shadowRoot ) {
			watch.observe( host.shadowRoot, { childList: true, subtree: true } );
			look();
			return true;
		}
		return false;
	}
	// The widget attaches its shadow root when its script has started.
	if ( ! attach() ) {
		var wait = setInterval( function () {
			if ( attach() ) {
				clearInterval( wait );
			}
		}, 100 );
	}
	setTimeout( function () {
		finish( texts.broken, false );
	}, 60000 );
}( window.netzwerkMatrixAdmin ) );
