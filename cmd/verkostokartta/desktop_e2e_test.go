//go:build e2e

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The end-to-end tests drive the real app (VERKOSTOKARTTA_BIN, built by
// `make e2e`) in a virtual X server. They never sleep for a fixed time to
// let the app catch up: every wait polls a condition (a window, its title,
// a file's content, the screen having settled) with a generous deadline,
// so that they hold on a loaded two-core machine. Every helper program's
// exit status is checked, and a failing test prints the X server's log.

// patience is the deadline of every wait; a loaded machine may need long.
const patience = 90 * time.Second

// desk is one test's desktop: a virtual X server, the app's environment
// (Finnish, an empty home folder) and the app.
type desk struct {
	t    *testing.T
	bin  string
	env  []string
	home string
	xlog *lockedBuffer
}

// lockedBuffer collects the X server's output while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// newDesk starts a virtual X server of the given size and returns the
// desktop; extra environment variables follow the defaults.
func newDesk(t *testing.T, width, height int, extra ...string) *desk {
	t.Helper()
	bin := os.Getenv("VERKOSTOKARTTA_BIN")
	if bin == "" {
		t.Fatal("VERKOSTOKARTTA_BIN is not set: run this test with `make e2e`")
	}
	d := &desk{t: t, bin: bin, home: t.TempDir(), xlog: &lockedBuffer{}}
	display := d.startXvfb(width, height)
	d.env = append(os.Environ(), "DISPLAY="+display, "HOME="+d.home, "XDG_CACHE_HOME="+filepath.Join(d.home, "cache"),
		"XDG_CONFIG_HOME="+filepath.Join(d.home, "config"), "LANG=fi_FI.UTF-8", "LANGUAGE=")
	d.env = append(d.env, extra...)
	runtime := filepath.Join(d.home, "run")
	for _, dir := range []string{filepath.Join(d.home, "cache"), filepath.Join(d.home, "config"), runtime} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	d.env = append(d.env, "XDG_RUNTIME_DIR="+runtime)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("X server (%s) log:\n%s", display, d.xlog.String())
		}
	})
	return d
}

// startXvfb starts the virtual X server and returns its display name.
// Xvfb picks a free display itself (-displayfd) and writes its number and
// a newline in two writes: the pipe is read up to the newline and kept
// open while the server runs, for a server whose write fails stops with
// "Cannot write display number". It is stopped with SIGTERM so that it
// removes its own lock and socket.
func (d *desk) startXvfb(width, height int) string {
	t := d.t
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	xvfb := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", fmt.Sprintf("%dx%dx24", width, height),
		"-nolisten", "tcp", "-noreset")
	xvfb.ExtraFiles = []*os.File{w}
	xvfb.Stdout, xvfb.Stderr = d.xlog, d.xlog
	if err := xvfb.Start(); err != nil {
		w.Close()
		r.Close()
		t.Fatalf("starting Xvfb: %v", err)
	}
	w.Close()
	exited := make(chan struct{})
	go func() { xvfb.Wait(); close(exited) }()
	t.Cleanup(func() {
		xvfb.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			xvfb.Process.Kill()
			<-exited
		}
		r.Close()
	})
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if !regexp.MustCompile(`^\d+$`).MatchString(n) {
			t.Fatalf("Xvfb reported display %q; its log:\n%s", n, d.xlog.String())
		}
		return ":" + n
	case <-exited:
		t.Fatalf("Xvfb stopped before reporting a display; its log:\n%s", d.xlog.String())
	case <-time.After(patience):
		t.Fatalf("Xvfb did not report a display within %v; its log:\n%s", patience, d.xlog.String())
	}
	return ""
}

// run runs a helper program (xdotool, import, …) in the desktop and fails
// the test if it fails.
func (d *desk) run(name string, args ...string) string {
	d.t.Helper()
	out, err := d.try(name, args...)
	if err != nil {
		d.t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return out
}

// try runs a helper program and returns its output and error.
func (d *desk) try(name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = d.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil {
		return stdout.String() + stderr.String(), err
	}
	return stdout.String(), nil
}

// waitFor polls cond until it holds; the test fails naming what was
// awaited, with what describe says of the state, after patience.
func (d *desk) waitFor(what string, cond func() bool, describe func() string) {
	d.t.Helper()
	deadline := time.Now().Add(patience)
	for !cond() {
		if time.Now().After(deadline) {
			state := ""
			if describe != nil {
				state = ": " + describe()
			}
			d.t.Fatalf("waited %v for %s%s", patience, what, state)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// app is the running program and its window.
type app struct {
	d      *desk
	cmd    *exec.Cmd
	win    string
	out    *lockedBuffer
	exited chan struct{}
}

// start starts the app with args and waits until its window is mapped and
// painted (more colours than a blank window has: the toolbar's icons and
// text at least) and the screen has settled.
func (d *desk) start(args ...string) *app {
	d.t.Helper()
	a := &app{d: d, out: &lockedBuffer{}, exited: make(chan struct{})}
	a.cmd = exec.Command(d.bin, args...)
	a.cmd.Env = d.env
	a.cmd.Stdout, a.cmd.Stderr = a.out, a.out
	if err := a.cmd.Start(); err != nil {
		d.t.Fatal(err)
	}
	exited := a.exited
	go func() { a.cmd.Wait(); close(exited) }()
	d.t.Cleanup(func() {
		a.cmd.Process.Kill()
		<-exited
		if d.t.Failed() {
			d.t.Logf("app output:\n%s", a.out.String())
		}
	})
	d.waitFor("the window titled Verkostokartta", func() bool {
		select {
		case <-exited:
			d.t.Fatalf("the app exited before its window appeared:\n%s", a.out.String())
		default:
		}
		out, err := d.try("xdotool", "search", "--onlyvisible", "--name", "^Verkostokartta")
		ids := strings.Fields(out)
		if err != nil || len(ids) == 0 || !regexp.MustCompile(`^\d+$`).MatchString(ids[0]) {
			return false
		}
		a.win = ids[0]
		return true
	}, nil)
	d.waitFor("the window to be painted", func() bool {
		img, err := d.grab(a.win)
		if err != nil {
			return false
		}
		colours, dominant := colourStats(img)
		return colours > 20 && dominant < 0.99
	}, nil)
	a.settle()
	return a
}

// title is the window's title.
func (a *app) title() string {
	return strings.TrimSpace(a.d.run("xdotool", "getwindowname", a.win))
}

// waitTitle waits until the window's title satisfies ok.
func (a *app) waitTitle(what string, ok func(string) bool) {
	a.d.t.Helper()
	a.d.waitFor("the title to show "+what, func() bool { return ok(a.title()) }, func() string { return "title " + a.title() })
}

// key presses keys (xdotool names) one after another, then waits until the
// app has drawn what they did.
func (a *app) key(keys ...string) {
	a.d.t.Helper()
	a.d.run("xdotool", append([]string{"key", "--clearmodifiers", "--delay", "40"}, keys...)...)
	a.settle()
}

// typ types text: ASCII with xdotool type, the Finnish letters as keys of
// the Finnish layout (xdotool type loses them outside a UTF-8 locale).
func (a *app) typ(s string) {
	a.d.t.Helper()
	var run []rune
	flush := func() {
		if len(run) > 0 {
			a.d.run("xdotool", "type", "--delay", "25", string(run))
			run = nil
		}
	}
	for _, r := range s {
		if k, ok := keysyms[r]; ok {
			flush()
			a.d.run("xdotool", "key", k)
			continue
		}
		run = append(run, r)
	}
	flush()
	a.settle()
}

// keysyms name the Finnish letters for xdotool key.
var keysyms = map[rune]string{'ä': "adiaeresis", 'ö': "odiaeresis", 'å': "aring", 'Ä': "Adiaeresis", 'Ö': "Odiaeresis", 'Å': "Aring"}

// settle waits until two screenshots in a row differ in fewer pixels than
// a blinking text cursor covers: the app has handled what it was sent and
// drawn the result.
func (a *app) settle() {
	a.d.t.Helper()
	var last image.Image
	quiet := 0
	a.d.waitFor("the window to settle", func() bool {
		img, err := a.d.grab("root")
		if err != nil {
			return false
		}
		if last != nil && changedPixels(last, img) < 120 {
			quiet++
		} else {
			quiet = 0
		}
		last = img
		return quiet >= 2
	}, nil)
}

// grab captures a window ("root" for the whole screen) into memory.
func (d *desk) grab(win string) (image.Image, error) {
	cmd := exec.Command("import", "-window", win, "png:-")
	cmd.Env = d.env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("import: %v: %s", err, errOut.String())
	}
	return png.Decode(&out)
}

// changedPixels counts the pixels that differ between two captures of the
// same size (all of them when the sizes differ).
func changedPixels(a, b image.Image) int {
	ab, bb := a.Bounds(), b.Bounds()
	if ab != bb {
		return ab.Dx() * ab.Dy()
	}
	n := 0
	for y := ab.Min.Y; y < ab.Max.Y; y++ {
		for x := ab.Min.X; x < ab.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				n++
			}
		}
	}
	return n
}

// screenshot captures the window into bin/NAME for a person to look at
// and returns it.
func (a *app) screenshot(name string) image.Image {
	a.d.t.Helper()
	shot, err := filepath.Abs(filepath.Join("..", "..", "bin", name))
	if err != nil {
		a.d.t.Fatal(err)
	}
	a.d.run("import", "-window", a.win, shot)
	a.d.t.Logf("screenshot: %s", shot)
	f, err := os.Open(shot)
	if err != nil {
		a.d.t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		a.d.t.Fatal(err)
	}
	return img
}

// quit asks the app to close (SIGINT) and waits for it.
func (a *app) quit() {
	a.d.t.Helper()
	a.cmd.Process.Signal(os.Interrupt)
	a.waitExit()
}

// kill ends the app at once, as a crash or a power cut would.
func (a *app) kill() {
	a.d.t.Helper()
	a.cmd.Process.Signal(syscall.SIGKILL)
	a.waitExit()
}

func (a *app) waitExit() {
	a.d.t.Helper()
	a.d.waitFor("the app to exit", func() bool {
		select {
		case <-a.exited:
			return true
		default:
			return false
		}
	}, nil)
}

// waitFile waits until the file at path satisfies ok.
func (d *desk) waitFile(what, path string, ok func(data string) bool) {
	d.t.Helper()
	d.waitFor(what, func() bool {
		data, err := os.ReadFile(path)
		return err == nil && ok(string(data))
	}, nil)
}

func countColour(img image.Image, c [3]uint32) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 == c[0] && g>>8 == c[1] && bl>>8 == c[2] {
				n++
			}
		}
	}
	return n
}

func colourStats(img image.Image) (distinct int, dominant float64) {
	counts := map[uint32]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			counts[(r>>8)<<16|(g>>8)<<8|bl>>8]++
		}
	}
	most := 0
	for _, c := range counts {
		if c > most {
			most = c
		}
	}
	return len(counts), float64(most) / float64(b.Dx()*b.Dy())
}
