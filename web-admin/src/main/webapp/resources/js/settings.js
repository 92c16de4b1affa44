/* « Paramétrage » pages: live counter and preview of the welcome message (R-SET-1), field insertion in the letter
   templates (R-SET-4). What the browser shows here is only a help: the server sanitises, counts and checks again. */
var TsSettings = (function () {

    /** Characters as the reader sees them: grapheme clusters of the text, line breaks not counted (RichTextPolicy). */
    function visibleLength(quill) {
        var text = quill.getText().replace(/\n/g, '');
        if (window.Intl && Intl.Segmenter) {
            return Array.from(new Intl.Segmenter('fr', {granularity: 'grapheme'}).segment(text)).length;
        }
        return Array.from(text).length;
    }

    /** The editor's HTML without what the server would remove anyway: the preview never runs anything. */
    function harmless(html) {
        var doc = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html');
        doc.body.querySelectorAll('script, style, iframe, object, embed, img, video, audio, form, input, textarea, '
            + 'button, select, link, meta, base, svg, math').forEach(function (e) { e.remove(); });
        doc.body.querySelectorAll('*').forEach(function (e) {
            Array.from(e.attributes).forEach(function (a) {
                var name = a.name.toLowerCase();
                if (name.indexOf('on') === 0 || name === 'style' && /expression|url\(/i.test(a.value)
                        || name === 'href' && !/^\s*(https?|mailto):/i.test(a.value)) {
                    e.removeAttribute(a.name);
                }
            });
            if (e.tagName === 'A' && e.hasAttribute('href')) {
                e.setAttribute('target', '_blank');
                e.setAttribute('rel', 'noopener noreferrer nofollow');
            }
        });
        return doc.body.innerHTML;
    }

    /** Calls back once the PrimeFaces widget has created its Quill editor (it is a deferred widget). */
    function whenEditor(widgetVar, callback) {
        var widget = window.PF ? PF(widgetVar) : null;
        if (widget && widget.editor) {
            callback(widget);
        } else {
            setTimeout(function () { whenEditor(widgetVar, callback); }, 50);
        }
    }

    /** Keeps the form's hidden value in step with the editor at each change (PrimeFaces does it on blur only). */
    function keepInputInStep(widget) {
        widget.editor.on('text-change', function () {
            widget.input.val(widget.getEditorValue());
        });
    }

    return {
        visibleLength: visibleLength,
        harmless: harmless,

        /**
         * R-SET-1: « n / 2000 caractères », red above the limit, and the preview beside the editor, at each keystroke.
         * options: widgetVar, counter (element id, its data-pattern « {0} / {1} caractères »), preview (element id, its
         * data-empty-text shown when there is no message), max, livePreviewAtStart (false: the preview keeps the
         * server's sanitised rendering until the first change; true after a refused save, to show what was typed).
         */
        welcome: function (options) {
            whenEditor(options.widgetVar, function (widget) {
                var counter = document.getElementById(options.counter);
                var preview = document.getElementById(options.preview);
                var update = function (atStart) {
                    var n = visibleLength(widget.editor);
                    counter.textContent = counter.dataset.pattern.replace('{0}', String(n))
                        .replace('{1}', String(options.max));
                    counter.classList.toggle('over', n > options.max);
                    counter.setAttribute('aria-invalid', n > options.max ? 'true' : 'false');
                    if (atStart === true && !options.livePreviewAtStart) {
                        return;   // the preview shows the message as the server stored it, until the next change
                    }
                    var html = widget.getEditorValue();
                    if (n === 0) {
                        preview.innerHTML = '';
                        preview.setAttribute('data-empty', preview.dataset.emptyText);
                    } else {
                        preview.innerHTML = harmless(html);
                        preview.removeAttribute('data-empty');
                    }
                };
                if (!preview.innerHTML.trim()) {
                    preview.setAttribute('data-empty', preview.dataset.emptyText);
                }
                keepInputInStep(widget);
                widget.editor.on('text-change', function () { update(false); });
                update(true);
            });
        },

        /** R-SET-4: keeps the hidden value in step so that « Prévisualiser » sends what is on screen. */
        template: function (widgetVar) {
            whenEditor(widgetVar, keepInputInStep);
        },

        /** R-SET-4: inserts the field chosen in the « Insérer un champ » list, then empties the list. */
        insertFromMenu: function (menuVar, editorVar) {
            var menu = PF(menuVar);
            var token = menu.getSelectedValue();
            if (token) {
                menu.selectValue('');
                this.insertField(editorVar, token);
            }
        },

        /** R-SET-4: inserts a field's token where the cursor was (at the end when the editor never had it). */
        insertField: function (widgetVar, token) {
            if (!token) {
                return;
            }
            var quill = PF(widgetVar).editor;
            var range = quill.getSelection(true) || {index: quill.getLength() - 1, length: 0};
            if (range.length) {
                quill.deleteText(range.index, range.length, 'user');
            }
            quill.insertText(range.index, token, 'user');
            quill.setSelection(range.index + token.length, 0, 'user');
        }
    };
})();
