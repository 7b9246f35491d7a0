/* upload.js: photos made small on the phone, sent in pieces that survive a dropped link.

Enhances <input type="file" data-upload-url="URL" [data-max-side="2000"]
[data-upload-field="NAME"] [data-upload-submit]> inside a plain multipart form. Without this
script (or when it cannot work) the form sends the file itself, as before.

A JPEG, PNG or WebP photo is drawn upright on a canvas, at most data-max-side pixels on its
longer side, and re-encoded as JPEG (quality 0.8). Other files (PDF, HEIC) go as they are.

Protocol (X-CSRF-Token, from <body hx-headers>, goes with every request):
  POST URL               first piece. Headers: Upload-Offset: 0, Upload-Length: total bytes,
                         Content-Type: application/offset+octet-stream. Body: the bytes.
    201 {"url": U, "offset": n}   U is this upload's own address; n the bytes confirmed.
  POST U                 next piece, same headers, Upload-Offset = the last confirmed offset.
    200 {"offset": n}             or, after the last piece:
    200 {"offset": total, "file": ID, "message": optional notice}
    409 {"offset": n}             wrong offset: go on from n.
  GET U                  after a dropped connection: 200 {"offset": n}, then go on from n.
    404                           the upload expired: start again with POST URL.
  4xx {"message": M}     refused (too large, not a photo...): M is shown, nothing is retried.
  The offset may also come as a plain-text number, or in an Upload-Offset response header.
On completion ID goes into a hidden input named data-upload-field (default: the file
input's name + "_upload"); the file input loses its name so the file is not sent twice;
with data-upload-submit the form is then submitted.
*/
(function () {
  'use strict';
  var CHUNK = 256 * 1024;
  var RETRIES = 8;
  if (!window.Promise || !window.JSON || !window.XMLHttpRequest || !window.Blob ||
      !('upload' in XMLHttpRequest.prototype)) return;

  function sleep(ms) {
    return new Promise(function (done) {
      var timer = setTimeout(wake, ms);
      function wake() { clearTimeout(timer); removeEventListener('online', wake); done(); }
      addEventListener('online', wake);
    });
  }

  function csrf() {
    try {
      var token = JSON.parse(document.body.getAttribute('hx-headers'))['X-CSRF-Token'];
      return token ? {'X-CSRF-Token': token} : {};
    } catch (e) { return {}; }
  }

  function answer(xhr) {
    var data = {};
    try { data = JSON.parse(xhr.responseText) || {}; } catch (e) {
      if (/^\s*\d+\s*$/.test(xhr.responseText)) data = {offset: +xhr.responseText};
    }
    var header = xhr.getResponseHeader('Upload-Offset');
    if (data.offset == null && header) data.offset = +header;
    return data;
  }

  function request(method, url, headers, body, progress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.timeout = 90000;
      headers = Object.assign({Accept: 'application/json'}, csrf(), headers);
      Object.keys(headers).forEach(function (k) { xhr.setRequestHeader(k, headers[k]); });
      if (progress) xhr.upload.onprogress = function (e) { progress(e.loaded); };
      xhr.onload = function () {
        var data = answer(xhr);
        if (xhr.status >= 200 && xhr.status < 300 && data.offset != null) return resolve(data);
        var error = new Error(data.message || '');
        error.status = xhr.status;
        error.data = data;
        reject(error);
      };
      xhr.onerror = xhr.ontimeout = xhr.onabort = function () { reject(new Error('')); };
      xhr.send(body || null);
    });
  }

  async function decode(file) {
    try { return await createImageBitmap(file, {imageOrientation: 'from-image'}); } catch (e) {}
    // An <img> is upright only where CSS image-orientation exists; a strict CSP allows data:.
    if (!(window.CSS && CSS.supports('image-orientation', 'from-image'))) throw new Error('');
    var url = await new Promise(function (ok, fail) {
      var reader = new FileReader();
      reader.onload = function () { ok(reader.result); };
      reader.onerror = fail;
      reader.readAsDataURL(file);
    });
    var img = new Image();
    img.src = url;
    await img.decode();
    return img;
  }

  async function shrink(file, maxSide) {
    if (!/^image\/(jpeg|png|webp)$/.test(file.type)) return file;
    try {
      var picture = await decode(file);
      var width = picture.naturalWidth || picture.width, height = picture.naturalHeight || picture.height;
      var scale = Math.min(1, maxSide / Math.max(width, height));
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      var context = canvas.getContext('2d');
      context.fillStyle = '#fff';  // transparent PNGs land on white paper
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(picture, 0, 0, canvas.width, canvas.height);
      if (picture.close) picture.close();
      var blob = await new Promise(function (ok) { canvas.toBlob(ok, 'image/jpeg', 0.8); });
      return blob && (scale < 1 || blob.size < file.size) ? blob : file;
    } catch (e) {
      return file;
    }
  }

  function enhance(input) {
    var form = input.form, name = input.name, busy = false, chosen = 0;
    if (!form || !name) return;
    var field = document.createElement('input');
    field.type = 'hidden';
    field.name = input.getAttribute('data-upload-field') || name + '_upload';
    var bar = document.createElement('progress');
    bar.hidden = true;
    var line = document.createElement('p');
    line.setAttribute('role', 'status');
    input.after(field, bar, line);

    function say(text) { line.textContent = text; }
    function plain(text) { busy = false; input.name = name; field.value = ''; bar.hidden = true; say(text); }

    async function send(blob, mine) {
      var start = input.getAttribute('data-upload-url'), url = start, offset = 0, failures = 0;
      var created = false, lost = false, restarts = 0;
      bar.max = blob.size;
      for (;;) {
        if (mine !== chosen) throw new Error('stale');
        try {
          if (lost && created) {
            var known = await request('GET', url, {});
            if (known.file) return known;
            offset = known.offset;
          }
          lost = false;
          var base = offset;
          var reply = await request('POST', url, {
            'Upload-Offset': String(offset), 'Upload-Length': String(blob.size),
            'Content-Type': 'application/offset+octet-stream'
          }, blob.slice(offset, offset + CHUNK), function (sent) {
            bar.value = base + sent;
            say('Mengunggah… ' + Math.floor(100 * bar.value / blob.size) + '%');
          });
          if (reply.url) { url = reply.url; created = true; }
          offset = reply.offset;
          bar.value = offset;
          failures = 0;
          if (reply.file) return reply;
        } catch (error) {
          if (error.status === 409 && error.data.offset != null) { offset = error.data.offset; continue; }
          if (error.status === 404 && created && restarts++ < 1) { url = start; created = false; offset = 0; continue; }
          if (error.status >= 400 && error.status < 500) throw error;
          if (++failures > RETRIES) throw new Error('');
          say('Sambungan terputus. Mencoba lagi…');
          await sleep(Math.min(30000, 500 * Math.pow(2, failures)));
          lost = true;
        }
      }
    }

    input.addEventListener('change', async function () {
      var file = input.files && input.files[0];
      field.value = '';
      var mine = ++chosen;
      if (!file) return plain('');
      busy = true;
      input.name = name;
      bar.hidden = false;
      bar.removeAttribute('value');
      say('Menyiapkan file…');
      try {
        var blob = await shrink(file, +input.getAttribute('data-max-side') || 2000);
        var reply = await send(blob, mine);
        busy = false;
        input.removeAttribute('name');
        field.value = reply.file;
        say(reply.message || 'Terunggah.');
        if (input.hasAttribute('data-upload-submit')) {
          if (form.requestSubmit) form.requestSubmit(); else form.submit();
        }
      } catch (error) {
        if (mine !== chosen) return;  // another file was chosen meanwhile
        if (error.status) { input.value = ''; plain(error.message || 'File ditolak. Pilih file lain.'); }
        else plain('Unggahan terputus. File akan dikirim bersama formulir saat Anda menekan tombol kirim.');
      }
    });

    form.addEventListener('submit', function (event) {
      if (busy) { event.preventDefault(); say('Tunggu sampai unggahan selesai, lalu kirim lagi.'); }
    });
  }

  document.querySelectorAll('input[type=file][data-upload-url]').forEach(enhance);
})();
