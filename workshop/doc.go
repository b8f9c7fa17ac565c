// Package workshop is the workspace document: the .verkosto file format,
// loading with validation, atomic saving, and the embedded sample
// workspace. Later it also holds the undo history, snapshots and the
// workshop agenda.
package workshop
