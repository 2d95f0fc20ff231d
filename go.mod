module github.com/zxtract/zxtract

go 1.26.0

require (
	github.com/dlclark/regexp2/v2 v2.13.0
	github.com/longbridgeapp/opencc v0.3.13
	golang.org/x/net v0.62.0
	golang.org/x/term v0.47.0
	golang.org/x/text v0.43.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/liuzl/cedar-go v0.0.0-20170805034717-80a9c64b256d // indirect
	github.com/liuzl/da v0.0.0-20180704015230-14771aad5b1d // indirect
	golang.org/x/sys v0.49.0 // indirect
)
