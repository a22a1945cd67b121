/**
 * The block "Netzwerk-Matrix" in the block editor: its options in the
 * sidebar, and the matrix as the page will show it, rendered by the server
 * (the same code as the shortcode) and taken over by the widget's script.
 * Plain script over WordPress's globals: no build step.
 */
( function ( wp, config ) {
	'use strict';
	var el = wp.element.createElement;
	var c = wp.components;
	var t = config.texts;

	function choice( label, value, options, onChange ) {
		return el( c.SelectControl, { label: label, value: value, options: options, onChange: onChange } );
	}

	function edit( props ) {
		var a = props.attributes;
		function set( key ) {
			return function ( value ) {
				var change = {};
				change[ key ] = value === undefined || value === null ? '' : value;
				props.setAttributes( change );
			};
		}
		var members = [ { value: '', label: t.none } ].concat( config.members );
		var panel = el(
			c.PanelBody,
			{ title: t.settings, initialOpen: true },
			el( c.ComboboxControl, { label: t.member, help: t.memberHelp, value: a.member, options: members, onChange: set( 'member' ) } ),
			a.member ? el( c.ToggleControl, { label: t.partners, checked: a.partners, onChange: set( 'partners' ) } ) : null,
			choice( t.lang, a.lang, [ { value: '', label: t.siteLang }, { value: 'de', label: 'Deutsch' }, { value: 'en', label: 'English' } ], set( 'lang' ) ),
			choice( t.view, a.view, [ { value: '', label: t.matrix }, { value: 'karte', label: t.map }, { value: 'kombinationen', label: t.combinations } ], set( 'view' ) ),
			el( c.TextControl, { label: t.networks, value: a.networks, onChange: set( 'networks' ) } ),
			choice( t.mode, a.mode, [ { value: '', label: t.any }, { value: 'all', label: t.all }, { value: 'none', label: t.noneOf }, { value: 'exact', label: t.exact } ], set( 'mode' ) ),
			el( c.TextControl, { label: t.hide, value: a.hide_networks, onChange: set( 'hide_networks' ) } ),
			choice( t.sort, a.sort, [ { value: '', label: t.byName }, { value: 'name-desc', label: t.byNameDesc }, { value: 'count', label: t.byCount }, { value: 'count-asc', label: t.byCountAsc } ], set( 'sort' ) ),
			el( c.TextControl, { label: t.year, value: a.year, inputMode: 'numeric', onChange: set( 'year' ) } ),
			el( c.ToggleControl, { label: t.hideEmpty, checked: a.hide_empty, onChange: set( 'hide_empty' ) } ),
			el( c.ToggleControl, { label: t.urlState, checked: a.url_state, onChange: set( 'url_state' ) } ),
			el( c.TextControl, { label: t.pageSize, value: a.page_size, inputMode: 'numeric', onChange: set( 'page_size' ) } )
		);
		return el(
			'div',
			wp.blockEditor.useBlockProps(),
			el( wp.blockEditor.InspectorControls, null, panel ),
			el( wp.serverSideRender, { block: 'netzwerk-matrix/matrix', attributes: a } )
		);
	}

	wp.blocks.registerBlockType( 'netzwerk-matrix/matrix', {
		title: t.title,
		edit: edit,
		save: function () {
			return null;
		},
	} );
}( window.wp, window.netzwerkMatrixBlock ) );
