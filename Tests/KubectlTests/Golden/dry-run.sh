kubectl create deployment web --image=nginx --replicas=3 --dry-run=client -o yaml
kubectl create deployment web --image=nginx --port=80 --dry-run=client -o json
kubectl create service nodeport web --tcp=80:8080 --node-port=30008 --dry-run=client -o yaml
kubectl create service clusterip web --tcp=80 --tcp=443:8443 --dry-run=client -o yaml
kubectl create service externalname db --external-name=db.example.com --dry-run=client -o yaml
kubectl create namespace dev --dry-run=client -o yaml
kubectl run nginx --image=nginx --port=80 --dry-run=client -o yaml
kubectl run tmp --image=busybox --restart=Never --env=MODE=test --labels=app=tmp,tier=debug --dry-run=client -o yaml -- sleep 3600
kubectl run tmp --image=busybox --command --dry-run=client -o yaml -- sh -c 'echo hi'
kubectl create deployment web --image=nginx --port=80
kubectl expose deployment web --port=80 --target-port=8080 --dry-run=client -o yaml
kubectl expose deployment web --type=NodePort --port=80 --dry-run=client -o yaml
kubectl create deployment web2 --image=nginx --dry-run=server -o yaml
kubectl get deployments
